import { describe, expect, it } from 'vitest';
import { anchorAllocator, anchorSlug, operationAnchorBase, PAGE_IDS } from '../../../../src/lib/openapi/anchors.ts';

describe('operationAnchorBase', () => {
  it.each([
    ['GET', '/models', 'listModels', 'listmodels'],
    ['POST', '/models', 'models.create', 'modelscreate'],
    ['GET', '/models/{id}', 'get_model', 'get_model'],
    ['GET', '/models/{modelId}/lineage', undefined, 'get-models-modelid-lineage'],
    ['DELETE', '/', undefined, 'delete'],
    ['GET', '/a', '---', 'get-a'],
    ['GET', '/ünïcode/{ид}', undefined, 'get-ünïcode-ид'],
  ])('%s %s (operationId %s) -> %s', (method, path, operationId, expected) => {
    expect(operationAnchorBase(method, path, operationId)).toBe(expected);
  });
});

describe('anchorSlug', () => {
  it('collapses dashes and trims them', () => {
    expect(anchorSlug('  Batch -- jobs ')).toBe('batch-jobs');
  });
});

describe('anchorAllocator', () => {
  it('suffixes repeats and never hands out an id the page already uses', () => {
    const take = anchorAllocator();
    expect([take('a'), take('a'), take('a'), take('a-2')]).toEqual(['a', 'a-2', 'a-3', 'a-2-2']);
    for (const id of PAGE_IDS) expect(take(id)).toBe(`${id}-2`);
  });
});
