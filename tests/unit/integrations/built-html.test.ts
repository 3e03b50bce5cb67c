import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forgetHtmlFiles, readHtmlFiles } from '../../../src/integrations/built-html.ts';

describe('readHtmlFiles', () => {
  it('reads every page once per build, with forward-slash paths, until told the pages changed', () => {
    const site = mkdtempSync(join(tmpdir(), 'labbook-built-'));
    mkdirSync(join(site, 'til/a'), { recursive: true });
    writeFileSync(join(site, 'index.html'), '<p>home</p>');
    writeFileSync(join(site, 'til/a/index.html'), '<p>a</p>');
    writeFileSync(join(site, 'til/a/notes.txt'), 'not a page');
    const first = readHtmlFiles(site);
    expect(first.map((f) => f.path).sort()).toEqual(['index.html', 'til/a/index.html']);
    writeFileSync(join(site, 'index.html'), '<p>secured</p>');
    expect(readHtmlFiles(site)).toBe(first);
    forgetHtmlFiles(site);
    expect(readHtmlFiles(site).find((f) => f.path === 'index.html')?.html).toBe('<p>secured</p>');
  });
});
