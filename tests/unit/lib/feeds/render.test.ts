import { describe, expect, it } from 'vitest';
import { FEED_FORMAT_NAMES } from '../../../../src/lib/feeds/model.ts';
import { feedResponse } from '../../../../src/lib/feeds/render.ts';

const info = { title: 'W', description: 'D', siteUrl: 'https://x.dev/', feedUrl: 'https://x.dev/f', siteName: 'W' };

describe('feedResponse', () => {
  it.each([
    ['rss', 'application/rss+xml; charset=utf-8', '<rss version="2.0"'],
    ['atom', 'application/atom+xml; charset=utf-8', '<feed xmlns="http://www.w3.org/2005/Atom"'],
    ['json', 'application/feed+json; charset=utf-8', '"version": "https://jsonfeed.org/version/1.1"'],
  ] as const)('%s is served as %s', async (format, type, marker) => {
    const response = feedResponse(format, info, []);
    expect(response.headers.get('Content-Type')).toBe(type);
    expect(await response.text()).toContain(marker);
  });

  it('covers every format', () => {
    expect(FEED_FORMAT_NAMES).toEqual(['rss', 'atom', 'json']);
  });
});
