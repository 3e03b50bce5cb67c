import { describe, expect, it } from 'vitest';
import { contentKindOf, contentPages, describeCounts, SEARCH_KINDS } from '../../../../src/lib/search/content-pages.ts';

describe('model cards and playbooks in search', () => {
  it.each([
    ['/models/support-intent-classifier-v1-3-0/', 'Model card'],
    ['/models/intent/v1-2-0/', 'Model card'],
    ['/playbooks/intent-api-high-latency/', 'Playbook'],
    ['/playbooks/serving/gpu-oom/', 'Playbook'],
    ['/datasets/support-tickets/', 'Dataset'],
    ['/datasets/acme/tickets/', 'Dataset'],
    // The lists are navigation.
    ['/models/', undefined],
    ['/datasets/', undefined],
    ['/playbooks/', undefined],
  ])('%s is a %s page', (url, kind) => {
    expect(contentKindOf(url)).toBe(kind);
  });

  it('has a kind filter value and nouns for each', () => {
    expect([SEARCH_KINDS.models, SEARCH_KINDS.playbooks]).toEqual(['Model card', 'Playbook']);
    expect(describeCounts([{ kind: 'Model card' }, { kind: 'Playbook' }, { kind: 'Playbook' }, { kind: 'TIL' }])).toBe('1 TIL, 1 model card, 2 playbooks');
  });

  it('expects a card and a playbook in the index, not their lists', () => {
    const pages = contentPages([
      { path: 'models/index.html', html: '<main>' },
      { path: 'models/a/index.html', html: '<article data-pagefind-body>' },
      { path: 'playbooks/index.html', html: '<main>' },
      { path: 'playbooks/b/index.html', html: '<article>' },
    ]);
    expect(pages).toEqual([
      { url: '/models/a/', kind: 'Model card', hasBody: true },
      { url: '/playbooks/b/', kind: 'Playbook', hasBody: false },
    ]);
  });
});
