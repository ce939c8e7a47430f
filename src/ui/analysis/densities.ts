// Published and derived troop densities (troops per 1,000 inhabitants) of past interventions and
// Quinlivan's bands, each with its source, for the density comparison chart.
// Derived densities divide published US troop numbers by the World Bank population of the
// intervention year; published comparisons are Dobbins et al. (RAND MR-1753, 2003) and Quinlivan
// (2003). Ranges are drawn as ranges, never averaged into a new number (docs/sources.md lists the sources).

export interface HistoricalDensity {
  id: string;
  label: string;
  /** Low and high of the derived density (equal when there is one figure). */
  low: number;
  high: number;
  /** Published density for comparison, where one exists (Dobbins et al. 2003 / Quinlivan 2003). */
  published?: string;
  note: string;
  source: string;
}

export const HISTORICAL_DENSITIES: readonly HistoricalDensity[] = [
  // One number, one definition each: 77 counts US troops only; 80.6 adds the Caribbean Peace Force, as the Grenada scenario does (7,653).
  {
    id: 'grenada',
    label: 'Grenada 1983',
    low: 77,
    high: 80.6,
    note: '77: US troops only (about 7,300); 80.6: with the 353 of the Caribbean Peace Force, the 7,653 the Grenada scenario plays; both for 94,948 people',
    source: 'Derived: US troops (Wikipedia infobox) over World Bank population',
  },
  {
    id: 'kosovo',
    label: 'Kosovo KFOR 1999',
    low: 21.9,
    high: 26.7,
    published: 'Dobbins: 20; Quinlivan: 23.7',
    note: 'Coalition, inside Kosovo',
    source: 'Derived: coalition troops over World Bank population; Dobbins et al., RAND MR-1753 (2003); Quinlivan 2003 (second-hand)',
  },
  {
    id: 'bosnia',
    label: 'Bosnia IFOR 1995',
    low: 16.2,
    high: 16.2,
    published: 'Dobbins: 18.6; Quinlivan: 22.6',
    note: 'Coalition',
    source: 'Derived: coalition troops over World Bank population; Dobbins et al., RAND MR-1753 (2003); Quinlivan 2003 (second-hand)',
  },
  { id: 'panama', label: 'Panama 1989', low: 11.5, high: 11.5, note: '27,684 in total, about half already stationed there', source: 'Derived: US troops (US Army Heritage & Education Center) over World Bank population' },
  { id: 'dominican', label: 'Dominican Rep. 1965', low: 6, high: 11, note: 'About 6 (ashore peak, unverified) to 11 (42,000)', source: 'Derived: US troops (unverified ashore peak; 42,000 in total) over World Bank population' },
  { id: 'iraq', label: 'Iraq 2003 / 2007', low: 4.9, high: 6.0, published: 'Quinlivan: 6.1; Dobbins: about 6', note: 'US only', source: 'Derived: US troops over World Bank population; Quinlivan 2003; Dobbins et al., RAND MR-1753 (2003)' },
  { id: 'somalia', label: 'Somalia 1992', low: 5.7, high: 5.7, published: 'Dobbins: 5', note: 'National; higher in the south', source: 'Derived: US troops over World Bank population; Dobbins et al., RAND MR-1753 (2003)' },
  { id: 'haiti', label: 'Haiti 1994', low: 2.7, high: 3.4, published: 'Dobbins: 3.5', note: '', source: 'Derived: US troops over World Bank population; Dobbins et al., RAND MR-1753 (2003)' },
  { id: 'afghanistan', label: 'Afghanistan 2001', low: 0.27, high: 0.27, published: 'Dobbins: 0.2', note: '', source: 'Derived: US troops over World Bank population; Dobbins et al., RAND MR-1753 (2003)' },
];

export interface DensityBand {
  id: string;
  label: string;
  low: number;
  /** Infinity for an open-ended band. */
  high: number;
  source: string;
}

export const QUINLIVAN_BANDS: readonly DensityBand[] = [
  { id: 'policing', label: 'Policing a peaceful population: 1-4 per 1,000', low: 1, high: 4, source: 'J. T. Quinlivan, "Burden of Victory", RAND Review, Summer 2003' },
  { id: 'difficult', label: 'Difficult stability cases: 20 or more per 1,000', low: 20, high: Infinity, source: 'J. T. Quinlivan, RAND Review, Summer 2003 ("as large as or larger than 20 … per thousand")' },
];

/** Troops per 1,000 inhabitants: the engine's one definition (sweep points use it too). */
export { troopsPerThousand } from '../../engine/sweep';
