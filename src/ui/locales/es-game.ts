// Spanish catalogue for the game screens (choose, set up, play, debrief, walkthrough, board):
// English text (the key) → Spanish text. Merged into ES by es.ts; kept apart so two people can edit at once.
export const ES_GAME: Readonly<Record<string, string>> = {
};
