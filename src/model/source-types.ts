// The record of one bibliographic source (src/model/sources.ts holds the catalogue).

export const SOURCE_KINDS = ['news', 'study', 'data', 'official', 'book', 'reference'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface Source {
  /** Stable id, kebab-case, used in scenario files. */
  id: string;
  author?: string;
  outlet: string;
  title?: string;
  /** Publication date: "2025", "2025-10" or "2025-10-31"; absent when the source gives none (cited as "n.d."). */
  date?: string;
  url?: string;
  kind: SourceKind;
  note?: string;
  /**
   * Exact passages of the source, as the project read them, for the words a scenario quotes from a
   * source that is not one of the seed articles: tests/model/quotes.test.ts finds every quoted string
   * in the seed texts or in a passage of a source the same record cites.
   */
  passages?: readonly string[];
}
