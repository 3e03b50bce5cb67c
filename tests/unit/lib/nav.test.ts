import { describe, expect, it } from 'vitest';
import { mainNav } from '../../../src/lib/nav.ts';

describe('mainNav', () => {
  it('always has TILs, tags, docs and issues', () => {
    expect(mainNav({ models: false, playbooks: false, api: false }).map((item) => item.label)).toEqual(['TILs', 'Tags', 'Docs', 'Issues']);
  });

  it('adds the kinds the wiki has, before issues', () => {
    expect(mainNav({ models: true, playbooks: true, api: true }).map((item) => item.url)).toEqual(['/til/', '/tags/', '/docs/', '/models/', '/playbooks/', '/api/', '/issues/']);
    expect(mainNav({ models: false, playbooks: true, api: false }).map((item) => item.label)).toEqual(['TILs', 'Tags', 'Docs', 'Playbooks', 'Issues']);
    expect(mainNav({ models: true, datasets: true }).map((item) => item.label)).toEqual(['TILs', 'Tags', 'Docs', 'Models', 'Datasets', 'Issues']);
  });
});
