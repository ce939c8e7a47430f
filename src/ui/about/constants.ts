// The model constants as the About page lists them: symbol, meaning, value, status (published,
// derived or design choice, as src/model/status.ts names them) and the source or the reason, after
// docs/model.md §7b. The values are read from the model's own parameters, so the page shows what the
// engine uses; a constant this list does not describe yet is still listed, as a design choice.
import { advancedSourced, ADVANCED_PREFIX } from '../../model/advanced';
import { DEFAULT_PARAMETERS } from '../../model/parameters';
import type { ValueStatus } from '../../model/status';
import type { ModelParameters } from '../../model/types';
import { formatNumber, formatPercent, t, tData } from '../i18n';
import { statusDetail } from '../kit/status-label';

export interface ConstantRow {
  key: string;
  symbol: string;
  meaning: () => string;
  value: () => string;
  status: ValueStatus;
  /** The source (published, derived) or the reason (design choice). */
  why: () => string;
  /** The advanced input that sets it on Set up ("advanced.<key>"), when there is one. */
  path?: string;
}

type Described = Omit<ConstantRow, 'key' | 'value'> & { value?: (v: number) => string };

const per = (v: number) => formatPercent(v, v < 0.01 ? 2 : 0);
const DESIGN_7B = () => t('Design choice, set once for every scenario and never tuned to a case (docs/model.md §7b).');
const DESIGN_4B = () => t('Design choice of model version 3, one value for every scenario, calibrated on history where the table could tell (docs/model.md §4b).');

const DESCRIBED: Partial<Record<keyof ModelParameters, Described>> = {
  crtSlope: { symbol: 'β', meaning: () => t('slope of the combat curve'), status: 'derived', why: () => t('Fitted to 672 division-level engagements of 1904-1991 (C. Lawrence, War by Numbers, 2017).') },
  crtMidpoint: { symbol: 'R50', meaning: () => t('force ratio of even odds'), status: 'derived', why: () => t('Fitted to 672 division-level engagements of 1904-1991 (C. Lawrence, War by Numbers, 2017).') },
  winsToEnter: { symbol: 'W', meaning: () => t('net engagement wins to enter a region'), status: 'design', why: () => t('Design choice: a campaign of about ten engagements (docs/model.md §7b).') },
  lossesToCulminate: { symbol: 'L', meaning: () => t('net engagement losses at which an attack culminates'), status: 'design', why: () => t('Design choice: a campaign of about ten engagements (docs/model.md §7b).') },
  loserAttrition: { symbol: 'ℓ_L', meaning: () => t('daily loss of strength of the day’s loser'), status: 'design', value: per, why: () => t('Design choice of the order of magnitude of Dupuy’s 1-3% a day attrition (docs/model.md §7b).') },
  winnerAttrition: {
    symbol: 'ℓ_W',
    meaning: () => t('daily loss of strength of the day’s winner'),
    status: 'design',
    value: per,
    why: () => t('Design choice of the order of magnitude of Dupuy’s 1-3% a day attrition (docs/model.md §7b).'),
  },
  entryDays: { symbol: 'T_A', meaning: () => t('days of the entry phase at most'), status: 'design', why: DESIGN_7B },
  controlMonths: { symbol: 'T_B', meaning: () => t('months of the control phase'), status: 'design', why: DESIGN_7B },
  resistanceFromRegulars: { symbol: 'φ', meaning: () => t('share of the regulars who fought that start the resistance'), status: 'design', why: DESIGN_7B },
  resistanceFromMilitia: { symbol: 'μ', meaning: () => t('share of the militia that starts the resistance'), status: 'design', why: DESIGN_7B },
  resistanceFloor: { symbol: 'ψ', meaning: () => t('smallest starting resistance, per opposed inhabitant'), status: 'design', why: DESIGN_7B },
  hostTarget: {
    symbol: 'H*',
    meaning: () => t('host forces grow toward this many per inhabitant'),
    status: 'published',
    value: (v) => t('{count} per 1,000', { count: formatNumber(v * 1000) }),
    why: () => t('Policing tier of 1-4 per 1,000 (J. T. Quinlivan, RAND Review, 2003).'),
  },
  hostGrowthMonths: {
    symbol: 'T_H',
    meaning: () => t('months over which host forces close the gap'),
    status: 'design',
    why: () => t('Design choice, calibrated on history; published host-force paths were slower, about 150 months (docs/model.md §4b).'),
  },
  hostilityResponse: { symbol: 'ζ', meaning: () => t('rise of hostility with the foreign share of the security forces'), status: 'design', why: DESIGN_4B },
  hostilityMonths: { symbol: 'T_g', meaning: () => t('months over which hostility closes the gap to its new level'), status: 'design', why: DESIGN_4B },
  outsideSupportGrowth: { symbol: 's_o', meaning: () => t('extra monthly growth of resistance at full outside support'), status: 'design', value: per, why: DESIGN_4B },
  reconciliationRate: { symbol: 'ρ', meaning: () => t('share of the reconcilable resistance won over in a covered month'), status: 'design', value: per, why: DESIGN_4B },
  willMonths: { symbol: 'W', meaning: () => t('months in a row of grown resistance before the intervener leaves (99: never)'), status: 'design', why: DESIGN_4B },
  willMultiple: { symbol: '× W', meaning: () => t('how many times its start resistance must stay above for political will to run down'), status: 'design', why: DESIGN_4B },
  hostWeight: { symbol: 'e_H', meaning: () => t('weight of a host soldier against an intervention soldier'), status: 'design', why: DESIGN_7B },
  perResister: { symbol: 'λ', meaning: () => t('security personnel needed per active resister'), status: 'published', why: () => t('Above 10:1 counterinsurgents “nearly always” succeeded (C. Lawrence, The Dupuy Institute, 83 cases).') },
  growthScale: { symbol: 's', meaning: () => t('monthly growth scale of resistance'), status: 'design', value: per, why: () => t('Design choice, shaped after Epstein (2002) (docs/model.md §7b).') },
  resistanceNoise: { symbol: 'σ', meaning: () => t('monthly random noise of resistance (log scale)'), status: 'design', why: DESIGN_7B },
  resistanceCap: { symbol: 'cap', meaning: () => t('active resisters at most, as a share of the opposed population'), status: 'design', value: per, why: DESIGN_7B },
  capitalStallDays: {
    symbol: 'stall',
    meaning: () => t('days after which an undecided capital attack is renewed by the capital’s reserve'),
    status: 'design',
    why: () => t('Design choice: twice the length of a typical entry walk at 3:1 (docs/model.md §5).'),
  },
  stabilizedHoldMonths: {
    symbol: 'K',
    meaning: () => t('months of held coverage for “stabilized”'),
    status: 'design',
    why: () => t('Design choice: half a year, long enough that a lucky month does not count, short enough to fit after the rotation cap (docs/model.md §4).'),
  },
  failedResistanceMultiple: { symbol: '× 3', meaning: () => t('resistance multiple for “failed”'), status: 'design', why: DESIGN_7B },
  capitalHoldMonths: { symbol: 'hold', meaning: () => t('capital objective: months covered in a row'), status: 'design', why: DESIGN_7B },
  stabilizedPopulationShare: { symbol: '75%', meaning: () => t('country objective: population share of stabilized regions for success'), status: 'design', value: per, why: DESIGN_7B },
  failedPopulationShare: { symbol: '50%', meaning: () => t('country objective: population share of failed regions for “failed”'), status: 'design', value: per, why: DESIGN_7B },
};

function valueWords(value: unknown, described: Described | undefined): string {
  if (typeof value === 'number') return described?.value ? described.value(value) : formatNumber(value, 4);
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, number>)
      .map(([k, v]) => `${tData(k)} ${formatNumber(v, 2)}`)
      .join(', ');
  }
  return String(value);
}

/**
 * One row per model constant, in the engine's own order, at the values the class set (`overrides` of
 * the advanced inputs). A constant that is an advanced input takes its status and reason from that
 * input's record (src/model/advanced.ts), so the About page and Set up say the same.
 */
export function constantRows(overrides: Record<string, number> = {}, params: ModelParameters = DEFAULT_PARAMETERS): ConstantRow[] {
  // qualityVaries is a switch for tests (the quality draw on or off), not a number of the model.
  return Object.entries(params)
    .filter(([key]) => key !== 'qualityVaries')
    .map(([key, value]) => {
      if (key === 'terrain') {
        return {
          key,
          symbol: 'τ',
          meaning: () => t('terrain multipliers of the defence'),
          value: () => valueWords(value, undefined),
          status: 'published' as const,
          why: () => t('Dupuy’s Quantified Judgment Model terrain factors (T. N. Dupuy).'),
        };
      }
      const described = DESCRIBED[key as keyof ModelParameters];
      const path = `${ADVANCED_PREFIX}${key}`;
      const advanced = advancedSourced(path);
      const set = advanced && Object.hasOwn(overrides, path) ? overrides[path] : value;
      return {
        key,
        symbol: described?.symbol ?? key,
        meaning: described?.meaning ?? (() => key),
        value: () => valueWords(set, described),
        status: advanced ? 'design' : (described?.status ?? 'design'),
        why: advanced ? () => `${statusDetail(advanced)} ${t('Adjustable on Set up, under Advanced.')}` : (described?.why ?? DESIGN_7B),
        ...(advanced ? { path } : {}),
      };
    });
}
