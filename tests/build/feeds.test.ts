import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { NO_URL_WARNING } from '../../src/integrations/sitemap.ts';
import { makeSite, makeWorkDir, runBuild, tilFile } from './run-build.ts';

const ROOT = 'https://acme.github.io/acme-wiki/';
const HOSTILE = '"><img src=x onerror=window.__xss=1> & friends';

const files = {
  'labbook.yaml': 'title: Acme Wiki\ndescription: Notes of the acme team.\nurl: https://acme.github.io\nbase: /acme-wiki/\nfeedLimit: 2\n',
  'til/2026-11-03-hostile.md': tilFile(`'${HOSTILE}'`, '2026-11-03', 'category: Data\ntags: [pytorch, 日本語]\ntakeaway: Escape <b> & "quotes".\nauthors: [octo]\n'),
  'til/2026-11-02-second.md': tilFile('Second note', '2026-11-02', 'tags: [pytorch]\n'),
  'til/2026-11-01-third.md': tilFile('Third note', '2026-11-01', 'tags: [pytorch]\n'),
  'docs/index.md': '---\ntitle: Handbook\n---\nWelcome.\n',
};

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (name) => ['item', 'entry', 'url'].includes(name) });
// The fixture never inherits a url derived from the CI's repository.
const env = { GITHUB_REPOSITORY: '' };

describe('feeds, sitemap and robots of a site with url and base', () => {
  let out = '';
  let output = '';
  const read = (path: string) => readFileSync(join(out, path), 'utf8');
  const parse = (path: string) => {
    const text = read(path);
    expect(XMLValidator.validate(text), path).toBe(true);
    return xml.parse(text);
  };

  beforeAll(() => {
    out = join(makeWorkDir(), 'dist');
    const result = runBuild(makeSite(files), out, env);
    output = result.output;
    expect(result.status, output).toBe(0);
  });

  it('publishes the three site feeds with the newest feedLimit TILs, absolute URLs under the base', () => {
    const rss = parse('rss.xml').rss.channel;
    expect(rss.link).toBe(ROOT);
    expect(rss.item.map((i: { link: string }) => i.link)).toEqual([`${ROOT}til/2026-11-03-hostile/`, `${ROOT}til/2026-11-02-second/`]);
    expect(rss.item[0].title).toBe(HOSTILE);
    const atom = parse('atom.xml').feed;
    expect(atom.id).toBe(`${ROOT}atom.xml`);
    expect(atom.entry).toHaveLength(2);
    const json = JSON.parse(read('feed.json'));
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.feed_url).toBe(`${ROOT}feed.json`);
    expect(json.items.map((i: { url: string }) => i.url)).toEqual([`${ROOT}til/2026-11-03-hostile/`, `${ROOT}til/2026-11-02-second/`]);
    expect(json.items[0]).toMatchObject({ title: HOSTILE, date_published: '2026-11-03T00:00:00Z', _labbook: { category: 'Data' } });
  });

  it('publishes each tag its own three feeds', () => {
    for (const tag of ['pytorch', '日本語']) {
      for (const file of ['rss.xml', 'atom.xml', 'feed.json']) expect(existsSync(join(out, 'tags', tag, file)), `${tag}/${file}`).toBe(true);
    }
    const json = JSON.parse(read('tags/日本語/feed.json'));
    expect(json.feed_url).toBe(`${ROOT}tags/%E6%97%A5%E6%9C%AC%E8%AA%9E/feed.json`);
    expect(json.items).toHaveLength(1);
    expect(parse('tags/pytorch/rss.xml').rss.channel.item).toHaveLength(2);
  });

  it('writes a sitemap of every page but 404, a robots.txt naming it, and .nojekyll', () => {
    const locs: string[] = parse('sitemap.xml').urlset.url.map((u: { loc: string }) => u.loc);
    expect(locs).toContain(ROOT);
    expect(locs).toContain(`${ROOT}til/2026-11-01-third/`);
    expect(locs).toContain(`${ROOT}docs/`);
    expect(locs).toContain(`${ROOT}tags/%E6%97%A5%E6%9C%AC%E8%AA%9E/`);
    expect(locs.every((loc) => loc.startsWith(ROOT))).toBe(true);
    expect(locs.some((loc) => loc.includes('404'))).toBe(false);
    expect(read('robots.txt')).toContain(`Sitemap: ${ROOT}sitemap.xml`);
    expect(existsSync(join(out, '.nojekyll'))).toBe(true);
    expect(output).not.toContain(NO_URL_WARNING);
  });

  it('gives TIL pages canonical, Open Graph and feed links, and keeps them small', () => {
    const html = read('til/2026-11-03-hostile/index.html');
    expect(html).toContain(`<link rel="canonical" href="${ROOT}til/2026-11-03-hostile/">`);
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toContain(`<meta property="og:url" content="${ROOT}til/2026-11-03-hostile/">`);
    expect(html).toContain(`<link rel="alternate" type="application/rss+xml" href="${ROOT}rss.xml"`);
    expect(html).toContain(`<link rel="alternate" type="application/atom+xml" href="${ROOT}atom.xml"`);
    expect(html).toContain(`<link rel="alternate" type="application/feed+json" href="${ROOT}feed.json"`);
    expect(gzipSync(html).length).toBeLessThan(7 * 1024);
    const tag = read('tags/pytorch/index.html');
    expect(tag).toContain(`<link rel="alternate" type="application/rss+xml" href="${ROOT}tags/pytorch/rss.xml"`);
    expect(tag).toContain('<meta property="og:type" content="website">');
    expect(read('404.html')).toContain('<meta name="robots" content="noindex">');
  });

  it('writes the same feeds and sitemap when built again', () => {
    const again = join(makeWorkDir(), 'dist');
    expect(runBuild(makeSite(files), again, env).status).toBe(0);
    for (const file of ['rss.xml', 'atom.xml', 'feed.json', 'tags/pytorch/atom.xml', 'sitemap.xml', 'robots.txt']) {
      expect(readFileSync(join(again, file), 'utf8'), file).toBe(read(file));
    }
  });
});

describe('a site without url', () => {
  it('builds with one warning and publishes no feeds, no sitemap and no feed links', () => {
    const out = join(makeWorkDir(), 'dist');
    const { status, output } = runBuild(makeSite({ ...files, 'labbook.yaml': 'title: No URL Wiki\n' }), out, env);
    expect(status, output).toBe(0);
    expect(output.split(NO_URL_WARNING).length - 1).toBe(1);
    for (const file of ['rss.xml', 'atom.xml', 'feed.json', 'tags/pytorch/rss.xml', 'tags/pytorch/feed.json', 'sitemap.xml']) {
      expect(existsSync(join(out, file)), file).toBe(false);
    }
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
    expect(existsSync(join(out, '.nojekyll'))).toBe(true);
    const til = readFileSync(join(out, 'til/index.html'), 'utf8');
    expect(til).not.toContain('rel="alternate"');
    expect(til).not.toContain('class="feed-link"');
    expect(til).toContain('<link rel="canonical" href="/til/">');
  });
});
