import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { notAFeedReasons } from './messages.ts';

/** The feed formats `labbook readme --feed` reads. */
export type FeedFormat = 'JSON Feed' | 'RSS 2.0' | 'Atom 1.0';

/** One item of a feed, as written there (validated and resolved later, by `selectFeedItems`). */
export interface FeedEntry {
  title?: string;
  /** The item's link, possibly relative to the feed's address. */
  link?: string;
  /** The date as written: RFC 3339 (JSON Feed, Atom) or RFC 822 (RSS). */
  date?: string;
  category?: string;
  /** Author names the feed gives the item (JSON Feed `authors`/`author`, Atom `author`, RSS `author`/`dc:creator`). */
  authors?: string[];
}

/** A parsed feed, or why the document is not one. */
export type FeedDocument = { ok: true; format: FeedFormat; entries: FeedEntry[] } | { ok: false; reason: string };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const asText = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** Element text, whether the parser gave a string or `{ '#text': ..., '@_attr': ... }`. */
function xmlText(node: unknown): string | undefined {
  if (typeof node === 'string') return node;
  return isObject(node) ? asText(node['#text']) : undefined;
}

/**
 * Decode the entities of an Atom `type="html"` text. Tags are kept as text on purpose: the `feed`
 * package labels plain titles `html` without escaping them, so "A <b> tag" must survive as written.
 */
function decodeHtmlEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return named[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** `{ authors }` when the item names any, else nothing (most feeds' items name none). */
const withAuthors = (authors: string[]): { authors?: string[] } => (authors.length ? { authors } : {});

function fromJsonFeed(doc: Json): FeedDocument {
  const version = asText(doc.version);
  if (!version?.startsWith('https://jsonfeed.org/version/') || !Array.isArray(doc.items)) {
    return { ok: false, reason: notAFeedReasons.jsonNotFeed() };
  }
  const entries = doc.items.filter(isObject).map((item): FeedEntry => {
    // The site's own feed says the category in `_labbook`; other feeds put it first in `tags`.
    const category = isObject(item._labbook) ? asText(item._labbook.category) : asText(asList(item.tags)[0]);
    const date = asText(item.date_published) ?? asText(item.date_modified);
    const authors = [...asList(item.authors), ...asList(item.author)].flatMap((author) => (isObject(author) ? (asText(author.name) ?? []) : []));
    return { title: asText(item.title), link: asText(item.url), date, category, ...(authors.length ? { authors } : {}) };
  });
  return { ok: true, format: 'JSON Feed', entries };
}

function fromRss(channel: Json): FeedEntry[] {
  return asList(channel.item)
    .filter(isObject)
    .map((item) => ({
      title: xmlText(item.title),
      link: xmlText(asList(item.link)[0]),
      date: xmlText(item.pubDate),
      category: xmlText(asList(item.category)[0]),
      ...withAuthors([...asList(item['dc:creator']), ...asList(item.author)].flatMap((author) => xmlText(author) ?? [])),
    }));
}

function atomText(node: unknown): string | undefined {
  const text = xmlText(node);
  return text !== undefined && isObject(node) && node['@_type'] === 'html' ? decodeHtmlEntities(text) : text;
}

function fromAtom(feed: Json): FeedEntry[] {
  return asList(feed.entry)
    .filter(isObject)
    .map((entry) => {
      const links = asList(entry.link).filter(isObject);
      // The page itself is the `alternate` link, which is also what a link without `rel` means.
      const page = links.find((link) => link['@_rel'] === undefined || link['@_rel'] === 'alternate');
      const category = asList(entry.category).filter(isObject)[0];
      return {
        title: atomText(entry.title),
        link: asText(page?.['@_href']),
        date: xmlText(entry.published) ?? xmlText(entry.updated),
        category: category ? asText(category['@_term']) : undefined,
        ...withAuthors(asList(entry.author).flatMap((author) => (isObject(author) ? (xmlText(author.name) ?? []) : []))),
      };
    });
}

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Titles such as "2026" or "1e3" stay text.
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

function fromXml(body: string): FeedDocument {
  // The parser alone is lenient: a feed cut off mid-download would parse into fewer items and be
  // written. XMLValidator is deprecated in favour of the separate fast-xml-validator package, which
  // is not a dependency; it still works in fast-xml-parser 5.
  const valid = XMLValidator.validate(body);
  if (valid !== true) return { ok: false, reason: notAFeedReasons.xml(valid.err.line, valid.err.msg) };
  const doc: unknown = xmlParser.parse(body);
  if (!isObject(doc)) return { ok: false, reason: notAFeedReasons.empty() };
  const root = Object.keys(doc).find((key) => !key.startsWith('#') && !key.startsWith('?') && !key.startsWith('!'));
  const element = root === undefined ? undefined : doc[root];
  if (root === 'rss' && isObject(element) && isObject(element.channel)) {
    return { ok: true, format: 'RSS 2.0', entries: fromRss(element.channel) };
  }
  if (root === 'rss') return { ok: false, reason: notAFeedReasons.rssNoChannel() };
  if (root === 'feed') return { ok: true, format: 'Atom 1.0', entries: isObject(element) ? fromAtom(element) : [] };
  return { ok: false, reason: root === 'html' ? notAFeedReasons.html() : notAFeedReasons.xmlRoot(root ?? '?') };
}

/**
 * Read a feed document: JSON Feed 1.x, RSS 2.0 or Atom 1.0, told apart by their content (servers
 * label them loosely, e.g. GitHub Pages serves feed.json as application/json). Pure; never throws.
 */
export function parseFeedDocument(body: string): FeedDocument {
  const text = body.replace(/^\uFEFF/, '').trimStart();
  if (text === '') return { ok: false, reason: notAFeedReasons.empty() };
  if (text.startsWith('{') || text.startsWith('[')) {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (error) {
      return { ok: false, reason: notAFeedReasons.json(error instanceof Error ? error.message : String(error)) };
    }
    return isObject(doc) ? fromJsonFeed(doc) : { ok: false, reason: notAFeedReasons.jsonNotFeed() };
  }
  if (/^<!doctype\s+html|^<html[\s>]/i.test(text)) return { ok: false, reason: notAFeedReasons.html() };
  if (text.startsWith('<')) return fromXml(text);
  return { ok: false, reason: notAFeedReasons.text(text.slice(0, 40)) };
}
