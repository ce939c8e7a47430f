// How many troops one click (one token) moves: about a twentieth of the force, rounded to a
// number a class can count with.
export function tokenSize(troopsInitial: number): number {
  const raw = Math.max(100, troopsInitial / 20);
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= raw * 0.8) return m * p;
  return 10 * p;
}
