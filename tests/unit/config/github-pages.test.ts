import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagesTarget, withPagesDefaults } from '../../../src/config/github-pages.ts';
import { loadSiteConfig, siteConfigSchema } from '../../../src/config/site-config.ts';

const ACTIONS = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'Acme-ML/team-wiki' };
const config = (fields: Record<string, unknown> = {}) => siteConfigSchema.parse({ title: 'Wiki', ...fields });

describe('pagesTarget', () => {
  it.each([
    ['acme/wiki', { url: 'https://acme.github.io', base: '/wiki/' }],
    ['Acme-ML/Team-Wiki', { url: 'https://acme-ml.github.io', base: '/Team-Wiki/' }],
    ['acme/acme.github.io', { url: 'https://acme.github.io', base: '/' }],
    ['Acme/ACME.github.io', { url: 'https://acme.github.io', base: '/' }],
    ['acme/other.github.io', { url: 'https://acme.github.io', base: '/other.github.io/' }],
    ['not a repo', undefined],
    ['', undefined],
  ])('%s', (repository, expected) => {
    expect(pagesTarget(repository)).toEqual(expected);
  });
});

describe('withPagesDefaults', () => {
  it('fills url, base and repo in GitHub Actions', () => {
    expect(withPagesDefaults(config(), ACTIONS, false)).toMatchObject({
      url: 'https://acme-ml.github.io',
      base: '/team-wiki/',
      repo: 'Acme-ML/team-wiki',
    });
  });

  it('changes nothing outside GitHub Actions', () => {
    expect(withPagesDefaults(config(), { GITHUB_REPOSITORY: 'acme/wiki' }, false)).toEqual(config());
    expect(withPagesDefaults(config(), { GITHUB_ACTIONS: 'true' }, false)).toEqual(config());
  });

  it('keeps what labbook.yaml says', () => {
    const written = config({ url: 'https://wiki.acme.dev', repo: 'acme/other' });
    expect(withPagesDefaults(written, ACTIONS, false)).toEqual(written);
    expect(withPagesDefaults(config({ base: '/docs/' }), ACTIONS, true)).toMatchObject({ url: 'https://acme-ml.github.io', base: '/docs/' });
  });
});

describe('loadSiteConfig in GitHub Actions', () => {
  function wiki(yaml: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'labbook-pages-'));
    writeFileSync(join(dir, 'labbook.yaml'), yaml);
    return dir;
  }

  it('derives the Pages address when labbook.yaml has none', () => {
    expect(loadSiteConfig(wiki('title: Wiki\n'), ACTIONS)).toMatchObject({ url: 'https://acme-ml.github.io', base: '/team-wiki/' });
  });

  it('keeps a base written in labbook.yaml, even "/"', () => {
    expect(loadSiteConfig(wiki('title: Wiki\nbase: /\n'), ACTIONS)).toMatchObject({ url: 'https://acme-ml.github.io', base: '/' });
  });

  it('reads only labbook.yaml when not in Actions', () => {
    const site = loadSiteConfig(wiki('title: Wiki\n'), {});
    expect(site.url).toBeUndefined();
    expect(site.base).toBe('/');
  });
});
