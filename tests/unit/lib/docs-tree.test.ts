import { describe, expect, it } from 'vitest';
import { buildDocsTree, docAncestors, docNeighbours, flattenDocs, folderTitle } from '../../../src/lib/docs-tree.ts';

const pages = [
  { slug: 'guides/zeta', title: 'Zeta first', order: 1 },
  { slug: 'guides/alpha', title: 'Alpha second', order: 2 },
  { slug: 'guides/unordered', title: 'Unordered' },
  { slug: 'guides', title: 'Guides', order: 2 },
  { slug: '', title: 'Handbook', order: 1 },
  { slug: 'architecture/serving', title: 'Serving', order: 1 },
  { slug: 'reference/deep/glossary', title: 'Glossary' },
];

describe('buildDocsTree', () => {
  const tree = buildDocsTree(pages);

  it('nests folders, sorts by order then title, unordered last', () => {
    expect(tree.title).toBe('Handbook');
    expect(tree.children.map((n) => n.title)).toEqual(['Guides', 'Architecture', 'Reference']);
    expect(tree.children[0]?.children.map((n) => n.title)).toEqual(['Zeta first', 'Alpha second', 'Unordered']);
  });

  it('names folders without an index page from their folder name, without a page', () => {
    const reference = tree.children[2];
    expect(reference).toMatchObject({ slug: 'reference', title: 'Reference' });
    expect(reference?.page).toBeUndefined();
    expect(reference?.children[0]).toMatchObject({ slug: 'reference/deep', title: 'Deep' });
  });

  it('reads pages depth-first, a folder page before its children', () => {
    expect(flattenDocs(tree).map((p) => p.slug)).toEqual([
      '', 'guides', 'guides/zeta', 'guides/alpha', 'guides/unordered', 'architecture/serving', 'reference/deep/glossary',
    ]);
  });

  it('gives previous and next in reading order', () => {
    expect(docNeighbours(tree, 'guides/zeta')).toEqual({ prev: pages[3], next: pages[1] });
    expect(docNeighbours(tree, '').prev).toBeUndefined();
    expect(docNeighbours(tree, 'reference/deep/glossary').next).toBeUndefined();
    expect(docNeighbours(tree, 'missing')).toEqual({});
  });

  it('gives the breadcrumb trail of folders above a page', () => {
    expect(docAncestors(tree, 'reference/deep/glossary').map((n) => n.title)).toEqual(['Handbook', 'Reference', 'Deep']);
    expect(docAncestors(tree, 'guides').map((n) => n.title)).toEqual(['Handbook']);
    expect(docAncestors(tree, '')).toEqual([]);
  });

  it('titles folder names', () => {
    expect(folderTitle('fine-tuning_notes')).toBe('Fine tuning notes');
  });
});
