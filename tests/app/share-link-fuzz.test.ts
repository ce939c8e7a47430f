// Share-link fuzz, the bulk in node: every link of the seeded sequence (tests/browser/fuzz-links.ts:
// valid set-ups, valid links with one part spoiled, random and hostile keys, values, routes and
// percent-encodings) boots the app in node the way main.ts does (bootState with `location.hash` as
// the URL standard gives it for that address, which reads the link with readShareLink). For each
// link: no throw (not even one the decoder's own catch-all swallowed); either a set-up used whole,
// or a fallback with one plain-text message per part not used; no link at all opens the usual
// set-up with no message; and in every case a sound set-up (known scenario, valid seed, every number
// finite and inside the INPUTS catalogue's bounds). Links made from a valid set-up decode to exactly
// that set-up. tests/browser/fuzz-url.test.ts opens a sample of the same links in Chromium.
import { describe, expect, it } from 'vitest';
import { fuzzRuns, replayCommand } from '../tier';
import { appBootText, checkIntended, decodeAtBoot, makeLinks, tally } from '../browser/fuzz-links';
import { shippedScenarios } from './fixtures';

const FILE = 'tests/app/share-link-fuzz.test.ts';
const scenarios = shippedScenarios();

describe('share-link fuzz (node, every link through the boot decoder)', () => {
  // Decoding is cheap: the fast tier already reads 2,000 links (the browser test samples the first 150).
  for (const run of fuzzRuns('FUZZ_LINKS', 'url-fuzz-1', 2000, 20000)) {
    it(`seed ${JSON.stringify(run.seed)}, ${run.size} links`, () => {
      console.log(`share-link fuzz: seed ${JSON.stringify(run.seed)}, ${run.size} links`);
      const started = Date.now();
      const links = makeLinks(run.seed, run.size, scenarios);
      const failures: string[] = [];
      const verdicts = links.map((link) => {
        const verdict = decodeAtBoot(appBootText(link.url, scenarios).text, scenarios);
        const problems = [...verdict.problems, ...checkIntended(link, verdict)];
        if (problems.length) failures.push(`link ${link.index} (${link.mode}) ${JSON.stringify(link.url.slice(0, 300))}: ${problems.join('; ')}`);
        return { outcome: verdict.outcome, mode: link.mode };
      });
      const counts = tally(verdicts);
      const validDecoded = verdicts.filter((v) => v.mode === 'valid' && v.outcome === 'decoded').length;
      console.log(
        `share-link fuzz: ${run.size} links: ${counts.decoded} decoded, ${counts.fallback} fell back with a message, ${counts.none} held no share link; ` +
          `${validDecoded}/${verdicts.filter((v) => v.mode === 'valid').length} valid links round-tripped; ${failures.length} failures; ${Date.now() - started} ms`,
      );
      const replay = `replay: ${replayCommand(FILE, run, 'FUZZ_LINKS')}`;
      expect(failures.slice(0, 20), `${failures.length} links failed; ${replay}`).toEqual([]);
      expect(counts.decoded, `no link decoded cleanly: the generator no longer reaches the decoder's happy path; ${replay}`).toBeGreaterThan(0);
      expect(counts.fallback, `no link fell back: the generator no longer reaches the decoder's fallbacks; ${replay}`).toBeGreaterThan(0);
    });
  }
});
