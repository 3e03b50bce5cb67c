import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { titleHeading } from '../../../src/markdown/title-heading.ts';

const astroData = (title?: string) => ({ astro: { frontmatter: title === undefined ? {} : { title }, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } });
const render = async (markdown: string, title?: string, file?: string) =>
  (await markdownToHtml(markdown, { mdastPlugins: [titleHeading({ docsDir: '/wiki/docs' })], data: astroData(title), fileURL: file ? pathToFileURL(file) : undefined })).html;

describe('titleHeading', () => {
  it.each([
    ['# Model parallelism\n\nText.', 'Model parallelism', '<p>Text.</p>'],
    ['# `torch.compile` recompiles\n\nText.', 'torch.compile recompiles', '<p>Text.</p>'],
  ])('drops a first heading that repeats the title: %j', async (markdown, title, expected) => {
    expect((await render(markdown, title)).trim()).toBe(expected);
  });

  it.each([
    ['# Another heading\n\nText.', 'Model parallelism'],
    ['Intro.\n\n# Model parallelism', 'Model parallelism'],
    ['## Model parallelism', 'Model parallelism'],
    ['# Model parallelism', undefined],
  ])('leaves other headings alone: %j', async (markdown, title) => {
    expect(await render(markdown, title)).toMatch(/<h[12]>/);
  });
});

describe('titleHeading, docs page without a title', () => {
  it('drops the first level-one heading, which is its title, wherever it is', async () => {
    expect((await render('Intro.\n\n# Model parallelism\n\n## Part', undefined, '/wiki/docs/mp/README.md')).trim()).toBe('<p>Intro.</p>\n<h2>Part</h2>');
  });

  it('leaves pages outside the docs folder (daily-log entries have no title either) alone', async () => {
    expect(await render('# Heading', undefined, '/wiki/til/2026-11-02.md')).toContain('<h1>Heading</h1>');
  });
});
