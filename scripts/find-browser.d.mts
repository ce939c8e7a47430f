export function browserCandidates(): string[];
export function chromiumPath(): string | null;
export const NO_BROWSER_HINT: string;
