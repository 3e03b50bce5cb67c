import { describe, expect, it } from 'vitest';
import { folderPageSlug, modelUrls } from '../../../../src/lib/models/routes.ts';
import { playbookUrls, serviceAnchor } from '../../../../src/lib/playbooks/routes.ts';

describe('folderPageSlug', () => {
  it.each([
    ['support-intent-classifier-v1.3.0.md', 'support-intent-classifier-v1-3-0'],
    ['intent/v1.2.0.mdx', 'intent/v1-2-0'],
    ['GPU OOM.md', 'gpu-oom'],
    ['index.md', 'index'],
    ['Überblick.md', 'überblick'],
    ['🔥.md', ''],
    ['a/🔥/b.md', ''],
  ])('%s -> %j', (path, slug) => {
    expect(folderPageSlug(path)).toBe(slug);
  });

  it('keeps versions that differ only in dots apart from each other', () => {
    expect(folderPageSlug('m-v1.20.md')).not.toBe(folderPageSlug('m-v1.2.0.md'));
  });
});

describe('URLs', () => {
  it('put cards under /models/ and playbooks under /playbooks/', () => {
    expect(modelUrls.card('intent-v1-3-0')).toBe('/models/intent-v1-3-0/');
    expect(playbookUrls.page('gpu-oom')).toBe('/playbooks/gpu-oom/');
    expect(serviceAnchor('Intent API')).toBe('service-intent-api');
    expect(serviceAnchor('🔥')).toBe('service-unnamed');
  });
});
