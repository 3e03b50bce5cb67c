import { describe, expect, it } from 'vitest';
import { cdataText, htmlText, restoreXml, xmlChars, xmlValue } from '../../../../src/lib/feeds/xml-text.ts';

describe('xml-text', () => {
  it('drops characters XML 1.0 cannot carry and keeps the rest', () => {
    expect(xmlChars('a\u0000b\u0008c\u000Bd\u001Fe\tf\ng\rh')).toBe('abcde\tf\ng\rh');
    expect(xmlChars('lone \uD800 and \uDC00, pair 🎉, \uFFFE')).toBe('lone  and , pair 🎉, ');
  });

  it('carries & and < through as placeholders that restoreXml turns into entities', () => {
    const value = xmlValue('R&amp;D <b> & "q"');
    expect(value).not.toMatch(/[&<]/);
    expect(restoreXml(`<t>${value}</t>`)).toBe('<t>R&amp;amp;D &lt;b> &amp; "q"</t>');
  });

  it('removes the placeholder characters themselves from input', () => {
    expect(restoreXml(xmlValue('a\uE000b\uE001c'))).toBe('abc');
  });

  it.each([
    ['no marker', 'no marker'],
    ['one ]]> marker', 'one ]]> marker'],
    ['two ]]> and ]]> markers', 'two ]]> and ]]]]><![CDATA[> markers'],
    [']]>]]>]]>', ']]>]]]]><![CDATA[>]]]]><![CDATA[>'],
  ])('cdataText(%j) leaves the first ]]> to xml-js and splits the others', (input, expected) => {
    expect(cdataText(input)).toBe(expected);
  });

  it('escapes HTML', () => {
    expect(htmlText(`"><img src=x onerror=window.__xss=1> & Tom's`)).toBe('&quot;&gt;&lt;img src=x onerror=window.__xss=1&gt; &amp; Tom&#39;s');
  });
});
