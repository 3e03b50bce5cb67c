import { describe, expect, it } from 'vitest';
import { tilSummariesFromFiles } from '../../../src/lib/til-source.ts';

describe('tilSummariesFromFiles', () => {
  it('reads single notes and daily-log entries alike, newest first, skipping invalid files', () => {
    const summaries = tilSummariesFromFiles([
      { path: 'til/2026-11-01-single.md', source: '---\ntitle: Single\ndate: 2026-11-01\ntags: [a]\n---\nx\n' },
      { path: 'til/2026-11-02.md', source: '---\nauthors: [mira]\n---\n### [Data] Entry one\n\nKeywords: k1\n\n### [Data] Entry two\n\ny\n' },
      { path: 'til/2026-11-03-broken.md', source: '---\ndate: 2026-11-03\n---\n' },
      { path: 'docs/x.md', source: '---\ntitle: Doc\n---\n' },
    ]);
    expect(summaries.map((s) => [s.slug, s.file, s.line])).toEqual([
      ['2026-11-02-entry-one', 'til/2026-11-02.md', 4],
      ['2026-11-02-entry-two', 'til/2026-11-02.md', 8],
      ['2026-11-01-single', 'til/2026-11-01-single.md', undefined],
    ]);
    expect(summaries[0]).toMatchObject({ category: 'Data', keywords: ['k1'], authors: ['mira'] });
  });
});
