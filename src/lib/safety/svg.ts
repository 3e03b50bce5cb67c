import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * Is an SVG file safe to publish as a file of its own? An image in a note is copied into the site;
 * shown through `<img>` its scripts never run, but opened directly (its address is predictable) it
 * is a document on the site's origin, and static files carry no CSP. So an SVG with anything that
 * can run code is refused: script elements, event-handler attributes, `javascript:` URLs (also set
 * through `<animate>`/`<set>`), embedded documents, and internal DTD entities (which Chromium
 * expands). The SVG is parsed as XML, as the browser parses it; one that does not parse is refused
 * too, since its text cannot be checked the way the browser would read it.
 *
 * No maintained sanitizer for standalone SVG runs without a DOM (DOMPurify needs jsdom), hence
 * this check over fast-xml-parser's tree, which the project already uses for feeds.
 */

/** Elements that run code or load a document (compared by local name, any namespace prefix). */
const ACTIVE_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'embed', 'object', 'applet', 'portal', 'base', 'meta', 'link', 'handler', 'listener']);

/** Attributes whose value is a URL the browser may navigate to or load. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'from', 'to', 'values', 'by']);

/** A URL that runs code when followed. `data:` is allowed only for raster and SVG images (inert in `<image>`). */
function isActiveUrl(value: string): boolean {
  // Browsers drop whitespace and control characters inside the scheme (`java\tscript:`).
  const url = value.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
  if (url.startsWith('javascript:') || url.startsWith('vbscript:')) return true;
  return url.startsWith('data:') && !/^data:image\/(png|jpe?g|gif|webp|avif|svg\+xml)[;,]/.test(url);
}

type XmlNode = Record<string, unknown>;

const localName = (name: string) => (name.includes(':') ? name.slice(name.indexOf(':') + 1) : name).toLowerCase();

/** The first active thing found in an SVG's text, described for the author, or undefined when there is none. */
export function activeSvgContent(svg: string): string | undefined {
  if (/<!ENTITY/i.test(svg)) return 'an internal DTD entity declaration';
  const valid = XMLValidator.validate(svg, { allowBooleanAttributes: true });
  if (valid !== true) return `XML that does not parse (line ${valid.err.line}: ${valid.err.msg})`;
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    preserveOrder: true,
    allowBooleanAttributes: true,
    processEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
  });
  let roots: XmlNode[];
  try {
    roots = parser.parse(svg) as XmlNode[];
  } catch (error) {
    // fast-xml-parser refuses absurd nesting; the file is refused with its reason.
    return `XML that cannot be checked (${error instanceof Error ? error.message : String(error)})`;
  }
  // Iterative: a deeply nested hostile file must not overflow the stack.
  const stack: XmlNode[] = [...roots];
  while (stack.length > 0) {
    const node = stack.pop() as XmlNode;
    const attributes = (node[':@'] ?? {}) as Record<string, unknown>;
    const tag = Object.keys(node).find((key) => key !== ':@');
    if (!tag || tag === '#text') continue;
    const name = localName(tag);
    if (ACTIVE_ELEMENTS.has(name)) return `a <${tag}> element`;
    const animatesUrl = (name === 'animate' || name === 'set') && /(^|:)href$/i.test(String(attributes.attributeName ?? ''));
    for (const [attribute, raw] of Object.entries(attributes)) {
      const key = localName(attribute);
      const value = String(raw);
      if (key.startsWith('on')) return `an event handler attribute ${attribute} on <${tag}>`;
      if (URL_ATTRIBUTES.has(key) && (isActiveUrl(value) || (animatesUrl && /script:/i.test(value)))) return `a script URL in ${attribute} on <${tag}>`;
    }
    const children = node[tag];
    if (Array.isArray(children)) stack.push(...(children as XmlNode[]));
  }
  return undefined;
}
