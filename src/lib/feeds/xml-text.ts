/**
 * Text going into the `feed` package's XML. The package (through xml-js) gets three things wrong
 * that a TIL title or tag can hit, so every value passes through one of these helpers first:
 * - element text: xml-js turns a literal `&amp;` back into `&` before escaping ("AT&amp;T" is lost);
 * - attributes (Atom categories): `<` is written raw, which is not well-formed XML;
 * - CDATA (RSS item titles): only the first `]]>` is split, a second one ends the section early.
 * Element text and attributes carry `&` and `<` as private-use placeholders that {@link restoreXml}
 * turns into entities after serialising, so nothing downstream can re-interpret them.
 */

const AMP = '\uE000';
const LT = '\uE001';

/**
 * Characters XML 1.0 cannot carry at all (C0 controls but tab, CR, LF; U+FFFE/U+FFFF; lone
 * surrogates), and our two placeholders: removed, since no escape exists for the former.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uE000\uE001]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without characters XML cannot represent. */
export function xmlChars(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Plain text for an element's text or an attribute value; call {@link restoreXml} on the output. */
export function xmlValue(text: string): string {
  return xmlChars(text).replaceAll('&', AMP).replaceAll('<', LT);
}

/** The serialised XML with the placeholders of {@link xmlValue} as entities. */
export function restoreXml(xml: string): string {
  return xml.replaceAll(AMP, '&amp;').replaceAll(LT, '&lt;');
}

/**
 * Plain text for a field the package writes as CDATA. Every `]]>` but the first is split here
 * (`]]]]><![CDATA[>`); xml-js splits the first one itself (it calls `replace`, not `replaceAll`).
 */
export function cdataText(text: string): string {
  const parts = xmlChars(text).split(']]>');
  if (parts.length <= 2) return parts.join(']]>');
  return `${parts[0]}]]>${parts.slice(1).join(']]]]><![CDATA[>')}`;
}

/** Plain text as HTML, for fields whose content is HTML (Atom `type="html"`, RSS descriptions). */
export function htmlText(text: string): string {
  return xmlChars(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}
