import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeLocation, displayPath, linesBefore } from '../../../../src/lib/mermaid/source-location.ts';

describe('linesBefore', () => {
  it.each([
    ['a\nb\nc\nd', 'c\nd', 2],
    ['c\nd', 'c\nd', 0],
    ['a\nb', 'zzz', 0],
  ])('%j before %j: %i', (file, part, lines) => {
    expect(linesBefore(file, part)).toBe(lines);
  });
});

describe('displayPath', () => {
  it('is relative to the content folder with forward slashes, or absolute outside it', () => {
    expect(displayPath('/wiki/til/a.md', '/wiki')).toBe('til/a.md');
    expect(displayPath('/elsewhere/a.md', '/wiki')).toBe('/elsewhere/a.md');
  });
});

describe('describeLocation', () => {
  const wiki = mkdtempSync(join(tmpdir(), 'mermaid-location-'));
  const write = (name: string, text: string) => {
    writeFileSync(join(wiki, name), text);
    return pathToFileURL(join(wiki, name));
  };

  it('counts lines in the file, though Astro hands over the body without front matter', () => {
    const fileURL = write('note.md', '---\ntitle: T\ndate: 2026-01-01\n---\n\nIntro.\n\n```mermaid\ngraph TD\n```\n');
    expect(describeLocation({ fileURL, documentSource: 'Intro.\n\n```mermaid\ngraph TD\n```', line: 3, contentDir: wiki })).toBe('note.md:8');
  });

  it('counts lines in the file for one entry of a daily log, with CRLF endings and a BOM', () => {
    const fileURL = write('2026-01-02.md', '\uFEFF## 2026-01-02\r\n\r\n### [A] One\r\n\r\nText.\r\n\r\n### [B] Two\r\n\r\n```mermaid\r\ngraph TD\r\n```\r\n');
    expect(describeLocation({ fileURL, documentSource: '```mermaid\ngraph TD\n```', line: 1, contentDir: wiki })).toBe('2026-01-02.md:9');
  });

  it('keeps the line when the document is not found in the file (MDX blanks its front matter instead)', () => {
    const fileURL = write('page.mdx', '---\ntitle: T\n---\n```mermaid\ngraph TD\n```\n');
    expect(describeLocation({ fileURL, documentSource: '   \n        \n   \n```mermaid\ngraph TD\n```\n', line: 4, contentDir: wiki })).toBe('page.mdx:4');
  });

  it('says only the line without a file', () => {
    expect(describeLocation({ fileURL: undefined, documentSource: 'x', line: 3, contentDir: wiki })).toBe('line 3');
  });
});
