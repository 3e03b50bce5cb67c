import { describe, expect, it } from 'vitest';
import { currentNavItem, mainNav } from '../../../src/lib/nav.ts';

describe('mainNav', () => {
  it('always has TILs, weekly summaries, tags, categories, docs and issues', () => {
    expect(mainNav({ models: false, playbooks: false, api: false }).map((item) => item.label)).toEqual(['TILs', 'Weekly', 'Tags', 'Categories', 'Docs', 'Issues']);
  });

  it('adds the kinds the wiki has, before issues', () => {
    expect(mainNav({ models: true, playbooks: true, api: true }).map((item) => item.url)).toEqual(['/til/', '/til/weekly/', '/tags/', '/categories/', '/docs/', '/models/', '/playbooks/', '/api/', '/issues/']);
    expect(mainNav({ models: false, playbooks: true, api: false }).map((item) => item.label)).toEqual(['TILs', 'Weekly', 'Tags', 'Categories', 'Docs', 'Playbooks', 'Issues']);
    expect(mainNav({ models: true, datasets: true }).map((item) => item.label)).toEqual(['TILs', 'Weekly', 'Tags', 'Categories', 'Docs', 'Models', 'Datasets', 'Issues']);
  });
});

describe('currentNavItem', () => {
  const items = mainNav({});
  it('picks the most specific section', () => {
    expect(currentNavItem(items, '/til/weekly/2026-w03/')?.label).toBe('Weekly');
    expect(currentNavItem(items, '/til/2026-01-14-reseed/')?.label).toBe('TILs');
    expect(currentNavItem(items, '/categories/training/')?.label).toBe('Categories');
  });
  it('is none outside every section', () => {
    expect(currentNavItem(items, '/')).toBeUndefined();
    expect(currentNavItem(items, '/search/')).toBeUndefined();
  });
});
