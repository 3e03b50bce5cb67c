import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSite, makeWorkDir, runBuild, tilFile } from './run-build.ts';

describe('Markdown that used to crash the build without naming the note', () => {
  it('fails naming each note and line: a 20,000-deep list and quote, a missing image, a text file used as an image', () => {
    const out = join(makeWorkDir(), 'dist');
    const site = makeSite({
      'labbook.yaml': 'title: Hostile Markdown\n',
      'til/2026-11-02-deep-list.md': tilFile('Deep list', '2026-11-02', '', `Intro.\n\n${'- '.repeat(20_000)}item\n`),
      'til/2026-11-03-deep-quote.md': tilFile('Deep quote', '2026-11-03', '', `Intro.\n\n${'>'.repeat(20_000)} deep\n`),
      'til/2026-11-04-missing-image.md': tilFile('Missing image', '2026-11-04', '', 'Intro.\n\n![plot](./nope.png)\n'),
      'til/2026-11-05-text-image.md': tilFile('Text image', '2026-11-05', '', '![notes](./notes.txt)\n'),
      'til/notes.txt': 'just text\n',
    });
    const result = runBuild(site, out, { LABBOOK_NO_BROWSER: '1' });
    expect(result.status).not.toBe(0);
    expect(result.output).not.toContain('Maximum call stack size exceeded');
    expect(result.output).toMatch(/til\/2026-11-02-deep-list\.md:7: lists, quotes or emphasis are nested 20000 levels deep; Labbook renders at most 100\./);
    expect(result.output).toMatch(/til\/2026-11-03-deep-quote\.md:7: lists, quotes or emphasis are nested 20000 levels deep/);
    expect(result.output).toMatch(/til\/2026-11-04-missing-image\.md:7: image "\.\/nope\.png" not found \(looked for til\/nope\.png\)/);
    expect(result.output).toMatch(/til\/2026-11-05-text-image\.md:5: image "\.\/notes\.txt" is not an image/);
    expect(existsSync(out)).toBe(false);
  });
});
