// Finds English left on a Spanish page. Pure (no DOM, no browser): the Spanish walk
// (tests/browser/spanish-walk.test.ts) collects the texts of each screen in the page and hands them
// here; tests/app/english-detector.test.ts checks the detector itself in node.
//
// What is not flagged: a source's own words inside quotation marks (“…”, "…", «…», ‘…’), proper
// names and publication titles (the allow-list, plus every author, title and outlet of the
// bibliography, passed in by the caller), URLs, file names and numbers. What is flagged: a text that
// still holds a word from the list below once those are removed. The list holds common English
// function words and the game's own English UI words, only words that are not also Spanish words (so
// "plan", "control", "capital", "total", "no", "a", "final", "has", "defender", "ratio", "reserve" and
// "tornado" are left out).

/** English function words that never occur in Spanish text (lower case; matched as whole words). */
const FUNCTION_WORDS = `
the of and to with for from this that these those is are was were be been being would could should
will can cannot can't don't not in on at by it its it's they their them which what when where how why
who than then more less each every all any have had does did done or an as into onto about only also
but if there here your you our we she his her one two three after before under over between without
still most least some many much other same such just yet while
`;
/** The game's own words in English that are not Spanish words. */
const GAME_WORDS = `
troops troop runs run region regions enough needs need needed chance success succeeds force forces
entry entered month months day days below above model game share people inhabitants input inputs
range claim claims verdict agrees disagrees figure chart show hide open close next back start end play
setup choose analysis history teacher help reset undo restart strength advice density coverage
resistance objective reached held holds failed stabilized contested outcome outcomes results result
scenario scenarios assumes assumptions published derived design choice source sources quote quotes
said says experts analysts invasion invade country defenders hostility rotation quality seed link copy
print save export import loading computing evaluating sweep curve moves low high level levels marker
markers axis percent thousand none yes true false unknown check checks across within toward towards
against around through because since until again take takes took make makes made keep keeps kept
reads read shows shown hold enter win lose lost won score points turn turns step pause
`;
export const ENGLISH_WORDS: ReadonlySet<string> = new Set(`${FUNCTION_WORDS} ${GAME_WORDS}`.split(/\s+/).filter(Boolean));

/** Proper names and titles that stay as they are in Spanish (people, outlets, publications, units). */
export const PROPER_NAMES: readonly string[] = [
  'Threshold',
  'Financial Times',
  'The Economist',
  'New York Times',
  'Wall Street Journal',
  'Washington Post',
  'Congressional Budget Office',
  'RAND Corporation',
  'World Population Prospects',
  'World Factbook',
  'CIA World Factbook',
  'World Bank',
  'Wikipedia',
  'Northern Alliance',
  'US Army Center of Military History',
  'US Army Heritage & Education Center',
  'Army News Service',
  'Army Times',
  'Associated Press',
  'Task & Purpose',
  'Tampa Bay Times',
  'American RadioWorks',
  'The Unexpected War',
  'Ministry of National Defence of Poland',
  'Netherlands Ministry of Defence',
  'IFOR, SFOR and EUFOR',
  'Kosovo Force',
  'The Dayton Peace Accords',
  'Library of Congress',
  'Dominican Republic and Haiti: Country Studies',
  'Virtual War Memorial Australia',
  'International Force East Timor',
  'Operation Uphold Democracy',
  'United Nations Operation in Somalia II',
  'United States invasion of Panama',
  'United States invasion of Grenada',
  'List of metropolitan areas in Venezuela',
  'Quantified Judgment Model',
  'Understanding War',
  'Military Power',
  'Military Balance',
  'International Security',
  'Burden of Victory',
  'Operation Just Cause',
  'Operation Urgent Fury',
  'Brier',
  'Monte Carlo',
  'English',
  'km²',
  'PNG',
  'CSV',
  'JSON',
  'QR',
];

/** Where a text was seen, and the text. */
export interface SeenText {
  screen: string;
  text: string;
}

/** An offending text: where, the text as shown, and the English words (and English-style numbers) found in it. */
export interface EnglishFinding extends SeenText {
  words: string[];
}

// Paired quotation marks, innermost first for «…» and “…”; straight double quotes in pairs.
const QUOTED = [/“[^“”]*”/g, /«[^«»]*»/g, /‘[^‘’]*’/g, /"[^"\n]*"/g];

/** The text with every quotation (and its marks) replaced by a space. */
export function stripQuotations(text: string): string {
  let out = text;
  for (let pass = 0; pass < 3; pass += 1) for (const re of QUOTED) out = out.replace(re, ' ');
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text with every allowed name removed as a whole (longest first, so a title wins over a word inside it). */
export function stripNames(text: string, names: readonly string[]): string {
  let out = text;
  const sorted = [...new Set(names.filter((n) => n.trim().length > 1))].sort((a, b) => b.length - a.length);
  for (const name of sorted) out = out.replace(new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(name)}(?![\\p{L}\\d])`, 'gu'), ' ');
  return out;
}

/** URLs, IP addresses, file names and paths carry no language. */
function stripTokens(text: string): string {
  return text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\b\d{1,3}(\.\d{1,3}){3}(:\d+)?\b/g, ' ')
    .replace(/\b[\w.-]+\.(json|csv|png|md|html|ts)\b/g, ' ')
    .replace(/\b[\w-]+(\/[\w.-]+)+/g, ' ');
}

/** The English words of `text` after quotations, names and tokens are removed (lower case, in order). */
export function englishWords(text: string, names: readonly string[] = PROPER_NAMES): string[] {
  const plain = stripTokens(stripNames(stripQuotations(text), names));
  const words = plain.toLowerCase().match(/[a-záéíóúüñ']+/g) ?? [];
  return words.map((w) => w.replace(/^'+|'+$/g, '')).filter((w) => ENGLISH_WORDS.has(w));
}

/**
 * Numbers written the English way (after quotations, names and tokens are removed): a decimal point
 * ("0.4", "1.25", "0.015": Spanish writes "0,4") or commas grouping thousands ("10,000": Spanish
 * writes "10.000"). A point that groups thousands in Spanish ("10.000", "28.405.543") is not flagged.
 */
export function englishNumbers(text: string, names: readonly string[] = PROPER_NAMES): string[] {
  const plain = stripTokens(stripNames(stripQuotations(text), names));
  const found: string[] = [];
  for (const match of plain.matchAll(/(?<![\p{L}\d.,-])\d[\d.,]*\d(?![\p{L}\d-])/gu)) {
    const token = match[0];
    const point = token.lastIndexOf('.');
    const comma = token.lastIndexOf(',');
    if (point >= 0 && comma >= 0) {
      if (point > comma) found.push(token);
    } else if (point >= 0) {
      const [first, ...rest] = token.split('.');
      if (first === '0' || first!.length > 3 || rest.some((g) => g.length !== 3)) found.push(token);
    } else if (comma >= 0 && /^[1-9]\d{0,2}(,\d{3})+$/.test(token)) found.push(token);
  }
  return found;
}

/**
 * The texts that read as English. A single listed word in a short label is enough (a button "Undo"),
 * but in a longer Spanish sentence one stray word is more likely a name the list does not know: a
 * text of more than six words needs two English words to be flagged.
 */
export function findEnglish(seen: readonly SeenText[], names: readonly string[] = PROPER_NAMES): EnglishFinding[] {
  const found: EnglishFinding[] = [];
  const reported = new Set<string>();
  for (const item of seen) {
    const words = englishWords(item.text, names);
    const numbers = englishNumbers(item.text, names);
    const length = (stripQuotations(item.text).match(/\p{L}+/gu) ?? []).length;
    const wordy = words.length > 0 && (length <= 6 || words.length >= 2);
    if (!wordy && numbers.length === 0) continue;
    const key = `${item.screen}\u0000${item.text}`;
    if (reported.has(key)) continue;
    reported.add(key);
    found.push({ ...item, words: [...(wordy ? words : []), ...numbers] });
  }
  return found;
}

/** The findings as lines for a failure message. */
export function describeFindings(found: readonly EnglishFinding[]): string {
  return found.map((f) => `[${f.screen}] ${JSON.stringify(f.text.length > 300 ? `${f.text.slice(0, 300)}…` : f.text)} (English: ${[...new Set(f.words)].join(', ')})`).join('\n');
}
