import { describe, expect, it, vi } from 'vitest';

// Count edit-distance checks: the near-duplicate pass is held to a budget of work, not of time.
const calls = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/lib/edit-distance.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/lib/edit-distance.ts')>();
  return {
    editDistance: (...args: Parameters<typeof real.editDistance>) => {
      calls.count++;
      return real.editDistance(...args);
    },
  };
});

const { suspectTags } = await import('../../../src/lib/tag-vocabulary.ts');
const { editDistance } = await import('../../../src/lib/edit-distance.ts');

/** The rule as first written: every singleton against every tag. The reference for small inputs. */
function bruteForce(tils: { file: string; tags: string[] }[]) {
  const uses = new Map<string, { count: number; file: string }>();
  for (const til of tils) for (const tag of til.tags) {
    const entry = uses.get(tag);
    if (entry) entry.count++;
    else uses.set(tag, { count: 1, file: til.file });
  }
  const keys = [...uses.keys()].sort();
  return keys.flatMap((key) => {
    if (uses.get(key)?.count !== 1 || key.length < 4) return [];
    const near = keys.find((other) => other !== key && other.length >= 4 && !(uses.get(other)?.count === 1 && other > key) && editDistance(key, other, 1) <= 1);
    return near ? [{ tag: key, near, file: uses.get(key)?.file, line: undefined }] : [];
  });
}

/** Deterministic pseudo-random words over a small alphabet, so many are one edit apart. */
function words(count: number, seed: number, alphabet = 'abcde', min = 4, max = 7): string[] {
  let state = seed;
  // mulberry32: a tiny, well-mixed generator; the low bits of a plain LCG repeat too soon.
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
  return Array.from({ length: count }, () => {
    const length = min + (next() % (max - min + 1));
    return Array.from({ length }, () => alphabet[next() % alphabet.length]).join('');
  });
}

describe('suspectTags at scale', () => {
  it('finds exactly what comparing every pair finds', () => {
    const tags = [...words(600, 7), 'pytorch', 'pytroch', 'cudaa', 'cuda', '日本語です', '日本語でず', '🔥fire', '🔥firee'];
    const tils = tags.map((tag, i) => ({ file: `til/${i % 97}.md`, tags: [tag, tags[(i * 7) % tags.length] ?? tag].filter((t, j, all) => all.indexOf(t) === j) }));
    expect(suspectTags(tils)).toEqual(bruteForce(tils));
  });

  // Comparing every pair would be about 50 million checks (5,000 per tag); the budget is 50 per tag.
  it.each([
    ['random tags', () => [...new Set(words(12_000, 42, 'abcdefghijklmnopqrstuvwxyz0123456789-', 6, 14))].slice(0, 10_000)],
    ['numbered tags, most one edit from several others', () => Array.from({ length: 10_000 }, (_, i) => `topic-${String(i).padStart(4, '0')}`)],
  ])('checks 10,000 distinct %s with work linear in their number, not every pair', (_name, make) => {
    const tags = make();
    expect(new Set(tags).size).toBe(10_000);
    const tils = Array.from({ length: 100 }, (_, n) => ({ file: `til/2026-01-01-note-${n}.md`, tags: tags.slice(n * 100, n * 100 + 100) }));
    calls.count = 0;
    suspectTags(tils);
    expect(calls.count).toBeLessThan(50 * tags.length);
  });
});
