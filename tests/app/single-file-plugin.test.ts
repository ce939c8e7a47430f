// The single-file build's HTML step (scripts/single-file-plugin.ts): the script and the style sheet go
// inline, each allowed by the hash of its exact shipped text; text that would end the element early is
// escaped first; links the file cannot use (a manifest) are dropped with their files; and a page
// still referring to another file stops the build.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { directives } from '../../src/app/content-policy';
import { type BundleFiles, escapeInlineScript, singleFileHtml } from '../../scripts/single-file-plugin';

const PAGE = `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'" />
<link rel="icon" href="./favicon.svg" type="image/svg+xml" />
<link rel="manifest" href="./assets/manifest-abc.webmanifest" />
<script type="module" crossorigin src="./assets/index-abc.js"></script>
<link rel="stylesheet" crossorigin href="./assets/index-abc.css">
</head><body><a href="#main">Skip</a></body></html>`;

function bundle(files: Record<string, string>): BundleFiles & { left: Record<string, string> } {
  const left = { ...files };
  return {
    left,
    take(file) {
      if (!(file in left)) throw new Error(`no ${file}`);
      const text = left[file];
      delete left[file];
      return text;
    },
    drop(file) {
      delete left[file];
    },
  };
}

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('the single file HTML', () => {
  it('inlines the script and style under their hashes, drops the manifest and leaves no file reference', () => {
    const code = 'const s = "</script>"; console.log(s);';
    const files = bundle({ 'assets/index-abc.js': code, 'assets/index-abc.css': 'body{margin:0}', 'assets/manifest-abc.webmanifest': '{}' });
    const html = singleFileHtml(PAGE, files, Buffer.from('<svg/>'));
    expect(files.left).toEqual({});
    const script = /<script type="module">([\s\S]*?)<\/script>/.exec(html)![1];
    expect(script).toBe(escapeInlineScript(code));
    expect(script).not.toContain('</script');
    const policy = directives(/content="([^"]+)"/.exec(html)![1]);
    expect(policy['script-src']).toBe(sha(script));
    expect(policy['style-src']).toBe(sha('body{margin:0}'));
    expect(policy['worker-src']).toBe('blob:');
    expect(html).not.toContain('unsafe-inline');
    expect(html).not.toContain('manifest');
    expect(html).toContain(`href="data:image/svg+xml;base64,${Buffer.from('<svg/>').toString('base64')}"`);
    expect(html).toContain('href="#main"');
  });

  it('escapes "</script" and "<!--" so the script means the same and cannot end early', () => {
    const code = 'const a = "</script>", b = `<!-- x -->`, r = /<\\/script/u;';
    const escaped = escapeInlineScript(code);
    expect(escaped).not.toMatch(/<\/script|<!--/i);
    // Evaluated, the escaped text gives the same values.
    const run = (text: string) => new Function(`${text}; return [a, b, r.source];`)();
    expect(run(escaped)).toEqual(run(code));
  });

  it('stops the build when the page would still refer to another file', () => {
    const page = PAGE.replace('<body>', '<body><img src="./assets/picture.png">');
    const files = bundle({ 'assets/index-abc.js': '1', 'assets/index-abc.css': '', 'assets/manifest-abc.webmanifest': '{}' });
    expect(() => singleFileHtml(page, files, Buffer.from(''))).toThrow(/refers to another file: \.\/assets\/picture\.png/);
  });
});
