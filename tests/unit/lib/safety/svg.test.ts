import { describe, expect, it } from 'vitest';
import { activeSvgContent } from '../../../../src/lib/safety/svg.ts';

const svg = (inner: string, attributes = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ${attributes} viewBox="0 0 10 10">${inner}</svg>`;

describe('activeSvgContent', () => {
  it.each([
    ['a script element', svg('<script>alert(1)</script>'), 'a <script> element'],
    ['a prefixed script element', svg('<x:script xmlns:x="http://www.w3.org/2000/svg">alert(1)</x:script>'), 'a <x:script> element'],
    ['an onload handler', svg('<rect/>', 'onload="alert(1)"'), 'an event handler attribute onload on <svg>'],
    ['a handler in upper case', svg('<rect ONCLICK="alert(1)"/>'), 'an event handler attribute ONCLICK on <rect>'],
    ['a javascript: link', svg('<a href="javascript:alert(1)"><text>x</text></a>'), 'a script URL in href on <a>'],
    ['an obfuscated xlink:href', svg('<a xlink:href=" java\tscript:alert(1)"><text>x</text></a>'), 'a script URL in xlink:href on <a>'],
    ['an animated href', svg('<a><animate attributeName="href" values="javascript:alert(1)"/><text>x</text></a>'), 'a script URL in values on <animate>'],
    ['a script inside foreignObject', svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><iframe src="x"/></div></foreignObject>'), 'a <iframe> element'],
    ['an html data: URL', svg('<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"><text>x</text></a>'), 'a script URL in href on <a>'],
    ['internal entities', `<!DOCTYPE svg [<!ENTITY x "&#60;script&#62;alert(1)&#60;/script&#62;">]>${svg('&x;')}`, 'an internal DTD entity declaration'],
    ['XML that does not parse', '<svg><script>alert(1)</svg>', 'XML that does not parse'],
  ])('refuses %s', (_name, text, found) => {
    expect(activeSvgContent(text)).toContain(found);
  });

  it.each([
    ['shapes and text', svg('<rect width="5" height="5" fill="red"/><text x="1" y="9">Loss</text>')],
    ['a style element and a gradient', svg('<style>.a{fill:url(#g)}</style><defs><linearGradient id="g"/></defs><use href="#g"/>')],
    ['an embedded PNG', svg('<image href="data:image/png;base64,iVBORw0KGgo="/>')],
    ['an https link', svg('<a href="https://example.com/"><text>docs</text></a>')],
    ['draw.io style foreignObject labels', svg('<switch><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">Label</div></foreignObject><text>Label</text></switch>')],
    ['an XML declaration and comments', `<?xml version="1.0" encoding="UTF-8"?><!-- Inkscape -->${svg('<path d="M0 0L1 1"/>')}`],
  ])('accepts %s', (_name, text) => {
    expect(activeSvgContent(text)).toBeUndefined();
  });

  it('walks a deeply nested file without overflowing the stack', () => {
    const deep = `${'<g>'.repeat(20_000)}<script>x</script>${'</g>'.repeat(20_000)}`;
    expect(activeSvgContent(svg(deep))).toBeDefined();
  });
});
