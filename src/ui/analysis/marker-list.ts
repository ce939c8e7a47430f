// The buttons under the sweep chart, one per published force size, each saying its density and
// (once the curve is in) its success rate, and taking focus to its quote card. The buttons are built
// once per scenario's markers; a redraw only changes their text (no new DOM while the curve refines).
import { successRate } from '../../engine/metrics';
import type { Tally } from '../../model/types';
import { t, tData } from '../i18n';
import { troopsPerThousand } from './densities';
import type { ForceMarker } from './markers';
import { quoteCardId } from './quotes';
import { fmtDensity, fmtPct, htmlEl, setText } from './svg';

export interface MarkerList {
  element: HTMLElement;
  update(markers: readonly ForceMarker[], central: Tally[] | null, population: number): void;
  relocalize(): void;
}

function focusCard(marker: ForceMarker) {
  const card = document.getElementById(quoteCardId(marker));
  card?.scrollIntoView({ behavior: window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth', block: 'center' });
  card?.focus({ preventScroll: true });
}

export function buildMarkerList(): MarkerList {
  const list = htmlEl('ol', { class: 'an-marker-list' });
  let built: readonly ForceMarker[] | null = null;
  let buttons: HTMLButtonElement[] = [];
  let last: [readonly ForceMarker[], Tally[] | null, number] | null = null;

  function update(markers: readonly ForceMarker[], central: Tally[] | null, population: number) {
    last = [markers, central, population];
    if (markers !== built) {
      built = markers;
      buttons = markers.map((m) => {
        const button = htmlEl('button', { type: 'button', class: 'an-marker-btn', 'aria-controls': quoteCardId(m) });
        button.addEventListener('click', () => focusCard(m));
        return button;
      });
      list.replaceChildren(
        ...buttons.map((button) => {
          const li = htmlEl('li');
          li.append(button);
          return li;
        }),
      );
    }
    markers.forEach((m, i) => {
      const tally = central?.find((x) => x.troops === m.troops);
      const density = fmtDensity(troopsPerThousand(m.troops, population));
      setText(
        buttons[i],
        tally ? t('{label}: {density} per 1,000, {success} success (quote)', { label: tData(m.label), density, success: fmtPct(successRate(tally)) }) : t('{label}: {density} per 1,000 (quote)', { label: tData(m.label), density }),
      );
    });
  }
  const wordStatic = () => list.setAttribute('aria-label', t('Published force sizes on the chart'));
  wordStatic();
  return {
    element: list,
    update,
    relocalize() {
      wordStatic();
      if (last) update(...last);
    },
  };
}
