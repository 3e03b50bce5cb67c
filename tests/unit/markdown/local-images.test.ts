import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { localImages } from '../../../src/markdown/local-images.ts';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const root = mkdtempSync(join(tmpdir(), 'labbook-images-'));
const dir = join(root, 'wiki');
for (const [path, content] of Object.entries({
  'docs/fig.png': PNG,
  'docs/plain.svg': '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>',
  'docs/evil.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"><rect/></svg>',
  '../outside/leak.png': PNG,
})) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), content);
}
symlinkSync(join(root, 'outside/leak.png'), join(dir, 'docs/linked.png'));

async function render(markdown: string) {
  const fileURL = pathToFileURL(join(dir, 'docs/page.md'));
  return (await markdownToHtml(markdown, { mdastPlugins: [localImages({ contentDir: dir })], fileURL })).html;
}

describe('localImages', () => {
  it('leaves images of the wiki, remote images and missing ones (Astro names those) alone', async () => {
    const markdown = '![a](./fig.png) ![b](plain.svg) ![c](https://example.com/x.svg) ![d](/logo.svg) ![e](./nope.png)';
    expect(await render(markdown)).toContain('<img src="./fig.png" alt="a">');
  });

  it('fails an image outside the content folder, naming file, line and the image as written', async () => {
    await expect(render('Intro\n\n![x](../../outside/leak.png)')).rejects.toThrow(
      /^docs\/page\.md:3: image "\.\.\/\.\.\/outside\/leak\.png" is outside the content folder/,
    );
  });

  it('fails a link inside the wiki that leads out of it', async () => {
    await expect(render('![x](linked.png)')).rejects.toThrow(/image "linked\.png" is outside the content folder/);
  });

  it('fails an SVG with code, saying what it found', async () => {
    await expect(render('![x](./evil.svg)')).rejects.toThrow(/docs\/page\.md:1: image "\.\/evil\.svg" is an SVG with an event handler attribute onload on <svg>/);
  });
});
