import { parseFeedDocument, type FeedEntry, type FeedFormat } from './feed-parse.ts';

/** The part of the global `fetch` the command uses; tests pass a fake one, never the network. */
export type FetchLike = (url: string, init: { signal: AbortSignal; headers: Record<string, string> }) => Promise<Response>;

/** How long a feed may take, connection and body together. */
export const FEED_TIMEOUT_MS = 10_000;

/**
 * Largest feed read, in bytes. A site's feed.json of 50 full notes is well under 1 MB; without a
 * cap, a server streaming without end filled 6.3 GB of memory before anything failed.
 */
export const FEED_MAX_BYTES = 20 * 1024 * 1024;

/** Why fetching a feed failed; the CLI words each case (see `readmeMessages`). */
export type FeedFailure =
  | { kind: 'unreachable'; reason: string }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'http'; status: string }
  | { kind: 'too-large'; megabytes: number }
  | { kind: 'not-a-feed'; reason: string };

/** A fetched feed: its format, items and final address (after redirects, to resolve relative links). */
export type FetchedFeed = { ok: true; format: FeedFormat; entries: FeedEntry[]; url: string } | { ok: false; failure: FeedFailure };

/** Options of {@link fetchFeed}. */
export interface FetchFeedOptions {
  /** The fetch function. Default: the global `fetch`. */
  fetch?: FetchLike;
  /** Time limit for the whole request. Default {@link FEED_TIMEOUT_MS}. */
  timeoutMs?: number;
  /** Largest body read, in bytes. Default {@link FEED_MAX_BYTES}. */
  maxBytes?: number;
}

/**
 * The body as UTF-8 text, read chunk by chunk and given up (the connection closed) as soon as it
 * passes `maxBytes`, so a server that never stops sending cannot fill memory. A declared
 * Content-Length past the cap fails before anything is read.
 */
async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    return undefined;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

const ACCEPT = 'application/feed+json, application/json;q=0.9, application/atom+xml, application/rss+xml, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1';

/** The innermost cause of a fetch error: `getaddrinfo ENOTFOUND host` says more than `fetch failed`. */
function describeError(error: unknown): string {
  let current: unknown = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  return current instanceof Error ? current.message : String(current);
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/**
 * Fetch a feed (JSON Feed, RSS 2.0 or Atom 1.0) with a time limit and parse it. Never throws for
 * what the network or the server does: an unreachable host, a timeout, an HTTP error or a document
 * that is no feed come back as a {@link FeedFailure}.
 */
export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<FetchedFeed> {
  const { fetch: fetchFn = globalThis.fetch as FetchLike, timeoutMs = FEED_TIMEOUT_MS, maxBytes = FEED_MAX_BYTES } = options;
  const seconds = Math.round(timeoutMs / 100) / 10;
  const signal = AbortSignal.timeout(timeoutMs);
  let body: string;
  let finalUrl = url;
  try {
    const response = await fetchFn(url, { signal, headers: { accept: ACCEPT } });
    if (!response.ok) {
      return { ok: false, failure: { kind: 'http', status: `${response.status}${response.statusText ? ` ${response.statusText}` : ''}` } };
    }
    // `url` is empty on hand-made responses (tests); the request's address is right then.
    finalUrl = response.url || url;
    const text = await readCapped(response, maxBytes);
    if (text === undefined) return { ok: false, failure: { kind: 'too-large', megabytes: Math.round((maxBytes / 1024 / 1024) * 10) / 10 } };
    body = text;
  } catch (error) {
    if (isTimeout(error) || signal.aborted) return { ok: false, failure: { kind: 'timeout', seconds } };
    return { ok: false, failure: { kind: 'unreachable', reason: describeError(error) } };
  }
  const doc = parseFeedDocument(body);
  if (!doc.ok) return { ok: false, failure: { kind: 'not-a-feed', reason: doc.reason } };
  return { ok: true, format: doc.format, entries: doc.entries, url: finalUrl };
}
