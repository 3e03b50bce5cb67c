import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts } from '../../../../src/lib/search/excerpt.ts';

describe('Pagefind excerpts', () => {
  it('splits text and highlights', () => {
    expect(excerptParts('the <mark>CUDA</mark> version, <mark>pinned</mark>.')).toEqual([
      { text: 'the ', mark: false },
      { text: 'CUDA', mark: true },
      { text: ' version, ', mark: false },
      { text: 'pinned', mark: true },
      { text: '.', mark: false },
    ]);
  });

  it('keeps any other markup as visible text', () => {
    const parts = excerptParts('"><img src=x onerror=window.__xss=1> <mark>escaping</mark> <script>x()</script>');
    expect(parts).toEqual([
      { text: '"><img src=x onerror=window.__xss=1> ', mark: false },
      { text: 'escaping', mark: true },
      { text: ' <script>x()</script>', mark: false },
    ]);
  });

  it('does not let a mark smuggle attributes or nest', () => {
    expect(excerptParts('<mark onclick="x()">a</mark><MARK>b</MARK>')).toEqual([
      { text: '<mark onclick="x()">a', mark: false },
      { text: 'b', mark: true },
    ]);
  });

  it('decodes character references once', () => {
    expect(decodeEntities('&lt;img&gt; &amp;amp; &quot;q&quot; &#39;s&#x27; &#128512; &bogus; &#0;')).toBe('<img> &amp; "q" \'s\' 😀 &bogus; &#0;');
    expect(excerptParts('a &lt;<mark>b&gt;</mark>')).toEqual([
      { text: 'a <', mark: false },
      { text: 'b>', mark: true },
    ]);
  });

  it('gives nothing for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});
