import { describe, expect, it } from 'vitest';
import { canonicalUrl, ogTypeOf } from '../../../../src/lib/publishing/page-meta.ts';
import { robotsTxt } from '../../../../src/lib/publishing/robots.ts';

describe('ogTypeOf', () => {
  it.each([
    ['/til/2026-01-14-reseed/', 'article'],
    ['/til/weekly/2026-W03/', 'article'],
    ['/docs/', 'article'],
    ['/docs/guides/a-first/', 'article'],
    ['/', 'website'],
    ['/til/', 'website'],
    ['/til/weekly/', 'website'],
    ['/tags/pytorch/', 'website'],
    ['/categories/data/', 'website'],
    ['/search/', 'website'],
    ['/models/support-intent-classifier-v1-3-0/', 'article'],
    ['/playbooks/gpu-node-drain/', 'article'],
    ['/api/inference-service/', 'article'],
    ['/models/', 'website'],
    ['/playbooks/', 'website'],
    ['/api/', 'website'],
  ])('%s is %s', (path, type) => {
    expect(ogTypeOf(path)).toBe(type);
  });
});

describe('canonicalUrl', () => {
  it('is absolute when the url is known, the path otherwise', () => {
    expect(canonicalUrl('https://acme.github.io/', '/acme-wiki/til/a/')).toBe('https://acme.github.io/acme-wiki/til/a/');
    expect(canonicalUrl(undefined, '/acme-wiki/til/a/')).toBe('/acme-wiki/til/a/');
  });
});

describe('robotsTxt', () => {
  it('allows everything and names the sitemap when known', () => {
    expect(robotsTxt('https://acme.github.io/wiki/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://acme.github.io/wiki/sitemap.xml\n');
    expect(robotsTxt()).toBe('User-agent: *\nAllow: /\n');
  });
});
