import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSite, makeWorkDir, runBuild, tilFile } from './run-build.ts';

describe('hostile notes that used to crash the build without naming the file', () => {
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

  it('fails naming the note and line for an alias bomb or a __proto__ key in front matter', () => {
    const bomb = ['lol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 9; i++) bomb.push(`lol${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
    const out = join(makeWorkDir(), 'dist');
    const site = makeSite({
      'labbook.yaml': 'title: Hostile YAML\n',
      'til/2026-11-02-bomb.md': tilFile('Bomb', '2026-11-02', `${bomb.join('\n')}\n`),
      'til/2026-11-03-proto.md': tilFile('Proto', '2026-11-03', '__proto__: { polluted: true }\n'),
    });
    const result = runBuild(site, out, { LABBOOK_NO_BROWSER: '1' });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/til\/2026-11-02-bomb\.md:5: front matter YAML does not parse: its aliases \(`\*name`\) expand too many times/);
    expect(result.output).toMatch(/til\/2026-11-03-proto\.md:4: front matter YAML does not parse: `__proto__` cannot be a key/);
  });

  it('fails naming labbook.yaml and the line for an alias bomb there', () => {
    const bomb = ['lol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 9; i++) bomb.push(`lol${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
    const site = makeSite({ 'labbook.yaml': `title: Hostile YAML\n${bomb.join('\n')}\n`, 'til/2026-11-02-a.md': tilFile('A', '2026-11-02') });
    const result = runBuild(site, join(makeWorkDir(), 'dist'), { LABBOOK_NO_BROWSER: '1' });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/labbook\.yaml:3: YAML does not parse: its aliases \(`\*name`\) expand too many times[^\n]*"billion laughs"/);
  });
});
