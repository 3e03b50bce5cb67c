import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { imageProblem } from '../../../src/lib/image-signature.ts';
import { localImages } from '../../../src/markdown/local-images.ts';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a6d3a8e00000000049454e44ae426082', 'hex');

/** A content folder with a note in til/ and the files it points at. */
function wiki(files: Record<string, string | Buffer>) {
  const dir = mkdtempSync(join(tmpdir(), 'labbook-images-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  const note = join(dir, 'til/2026-11-02-a.md');
  return (markdown: string) => {
    writeFileSync(note, markdown);
    return markdownToHtml(markdown, { mdastPlugins: [localImages({ contentDir: dir })], fileURL: pathToFileURL(note) });
  };
}

describe('localImages', () => {
  const render = wiki({
    'til/plot.png': PNG,
    'til/notes.txt': 'just text\n',
    'til/fake.png': 'not a png\n',
    'assets/diagram.svg': '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>\n',
    'til/with space.png': PNG,
  });

  it('leaves real local images, remote and site-absolute images alone', async () => {
    const markdown = 'Intro.\n\n![plot](./plot.png) ![d](../assets/diagram.svg) ![s](with%20space.png)\n![r](https://example.com/x.png) ![abs](/x.png) ![q](./plot.png?v=2)\n';
    const { html } = await render(markdown);
    expect(html.match(/<img/g)).toHaveLength(6);
  });

  it('fails a missing image, naming the note, the line and where it looked', async () => {
    await expect(async () => await render('Intro.\n\n![x](./nope.png)\n')).rejects.toThrow(
      'til/2026-11-02-a.md:3: image "./nope.png" not found (looked for til/nope.png). Paths are relative to the note\'s folder; fix the path or add the file.',
    );
  });

  it('fails a file that is not an image instead of publishing an <img> without src', async () => {
    await expect(async () => await render('![x](./notes.txt)\n')).rejects.toThrow(/^til\/2026-11-02-a\.md:1: image "\.\/notes\.txt" is not an image: only avif, gif, jpeg, jpg, png, svg, tiff, webp files/);
  });

  it('fails a file whose content does not match its image extension', async () => {
    await expect(async () => await render('![x](fake.png)\n')).rejects.toThrow('til/2026-11-02-a.md:1: image "fake.png" is named .png but its content is not a PNG image.');
  });

  it('reports every bad image of a note at once', async () => {
    await expect(async () => await render('![a](a.png)\n\n![b](notes.txt)\n')).rejects.toThrow(/:1: image "a\.png" not found[^\n]*\n[^\n]*:3: image "notes\.txt" is not an image/);
  });
});

describe('imageProblem', () => {
  it.each([
    ['a.png', PNG, undefined],
    ['a.PNG', PNG, undefined],
    ['a.gif', Buffer.from('GIF89a'), undefined],
    ['a.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0]), undefined],
    ['a.webp', Buffer.from('RIFF\0\0\0\0WEBPVP8 '), undefined],
    ['a.svg', Buffer.from('<svg viewBox="0 0 1 1">'), undefined],
    ['a.txt', Buffer.from('text'), /is not an image/],
    ['noext', PNG, /is not an image/],
    ['a.jpg', PNG, /is named \.jpg but its content is not a JPG image/],
    ['a.svg', Buffer.from('<html>'), /not an SVG image/],
  ])('%s', (path, head, expected) => {
    const found = imageProblem(path, new Uint8Array(head));
    if (expected) expect(found).toMatch(expected);
    else expect(found).toBeUndefined();
  });
});

const HEADER_PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const outsideRoot = mkdtempSync(join(tmpdir(), 'labbook-images-'));
const dir = join(outsideRoot, 'wiki');
for (const [path, content] of Object.entries({
  'docs/fig.png': HEADER_PNG,
  'docs/plain.svg': '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>',
  'docs/evil.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"><rect/></svg>',
  '../outside/leak.png': HEADER_PNG,
})) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), content);
}
symlinkSync(join(outsideRoot, 'outside/leak.png'), join(dir, 'docs/linked.png'));

async function renderDoc(markdown: string) {
  const fileURL = pathToFileURL(join(dir, 'docs/page.md'));
  return (await markdownToHtml(markdown, { mdastPlugins: [localImages({ contentDir: dir })], fileURL })).html;
}

describe('localImages: nothing from outside the wiki, no SVG with code', () => {
  it('leaves images of the wiki and remote images alone', async () => {
    const markdown = '![a](./fig.png) ![b](plain.svg) ![c](https://example.com/x.svg) ![d](/logo.svg) ';
    expect(await renderDoc(markdown)).toContain('<img src="./fig.png" alt="a">');
  });

  it('fails an image outside the content folder, naming file, line and the image as written', async () => {
    await expect(renderDoc('Intro\n\n![x](../../outside/leak.png)')).rejects.toThrow(
      /^docs\/page\.md:3: image "\.\.\/\.\.\/outside\/leak\.png" is outside the content folder/,
    );
  });

  it('fails a link inside the wiki that leads out of it', async () => {
    await expect(renderDoc('![x](linked.png)')).rejects.toThrow(/image "linked\.png" is outside the content folder/);
  });

  it('fails an SVG with code, saying what it found', async () => {
    await expect(renderDoc('![x](./evil.svg)')).rejects.toThrow(/docs\/page\.md:1: image "\.\/evil\.svg" is an SVG with an event handler attribute onload on <svg>/);
  });
});
