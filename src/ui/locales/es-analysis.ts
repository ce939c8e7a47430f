// Spanish catalogue for the analysis screen (src/ui/analysis/**, src/ui/screens/analysis.ts, src/app/worker*):
// English text (the key) → Spanish text. Merged into ES by es.ts; kept apart so two people can edit at once.
export const ES_ANALYSIS: Readonly<Record<string, string>> = {
};
