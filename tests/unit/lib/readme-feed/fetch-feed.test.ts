import { describe, expect, it } from 'vitest';
import { fetchFeed, type FetchLike } from '../../../../src/lib/readme-feed/fetch-feed.ts';

const URL_ = 'https://acme.github.io/wiki/feed.json';
const FEED = '{"version":"https://jsonfeed.org/version/1.1","items":[{"title":"A","url":"https://x/a/","date_published":"2026-11-02T00:00:00Z"}]}';

describe('fetchFeed', () => {
  it('fetches and parses a feed, asking for feed formats, with a time limit', async () => {
    const calls: { url: string; accept: string; signal: AbortSignal }[] = [];
    const fetch: FetchLike = async (url, init) => {
      calls.push({ url, accept: init.headers.accept ?? '', signal: init.signal });
      return new Response(FEED, { headers: { 'content-type': 'application/json' } });
    };
    expect(await fetchFeed(URL_, { fetch })).toEqual({
      ok: true,
      format: 'JSON Feed',
      url: URL_,
      entries: [{ title: 'A', link: 'https://x/a/', date: '2026-11-02T00:00:00Z', category: undefined }],
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.accept).toMatch(/^application\/feed\+json, .*application\/atom\+xml, application\/rss\+xml/);
    expect(calls[0]?.signal.aborted).toBe(false);
  });

  it('reports an HTTP error with its status', async () => {
    const fetch: FetchLike = async () => new Response('Not Found', { status: 404, statusText: 'Not Found' });
    expect(await fetchFeed(URL_, { fetch })).toEqual({ ok: false, failure: { kind: 'http', status: '404 Not Found' } });
  });

  it('reports an unreachable host with the innermost cause', async () => {
    const fetch: FetchLike = async () => {
      throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND acme.github.io') });
    };
    expect(await fetchFeed(URL_, { fetch })).toEqual({
      ok: false,
      failure: { kind: 'unreachable', reason: 'getaddrinfo ENOTFOUND acme.github.io' },
    });
  });

  it('gives up after the time limit, also while the body is still coming', async () => {
    const hang: FetchLike = (_url, { signal }) =>
      new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    expect(await fetchFeed(URL_, { fetch: hang, timeoutMs: 30 })).toEqual({ ok: false, failure: { kind: 'timeout', seconds: 0 } });
    const slowBody: FetchLike = async (_url, { signal }) =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"version":'));
            signal.addEventListener('abort', () => controller.error(signal.reason));
          },
        }),
      );
    expect(await fetchFeed(URL_, { fetch: slowBody, timeoutMs: 30 })).toMatchObject({ ok: false, failure: { kind: 'timeout' } });
  });

  it('says 10 s by default', async () => {
    const fetch: FetchLike = async () => {
      throw new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    };
    expect(await fetchFeed(URL_, { fetch })).toEqual({ ok: false, failure: { kind: 'timeout', seconds: 10 } });
  });

  it('reports a document that is no feed', async () => {
    const fetch: FetchLike = async () => new Response('<!doctype html><title>Site</title>');
    expect(await fetchFeed(URL_, { fetch })).toEqual({ ok: false, failure: { kind: 'not-a-feed', reason: 'it is an HTML page' } });
  });
});

describe('fetchFeed against a server that never stops sending', () => {
  /**
   * A feed server on 127.0.0.1 that streams items without end. It stops on its own after 200 MB,
   * only so that a client without a cap fails the test instead of filling the machine's memory.
   */
  async function endlessServer(headers: Record<string, string> = {}) {
    const { createServer } = await import('node:http');
    const chunk = Buffer.from('{"title":"again","url":"https://x/a/"},'.repeat(1000));
    const GUARD = 200 * 1024 * 1024;
    const state = { sent: 0, closed: false };
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/feed+json', ...headers });
      response.write('{"version":"https://jsonfeed.org/version/1.1","items":[');
      const pump = () => {
        while (!state.closed && state.sent < GUARD) {
          state.sent += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end('{}]}');
      };
      response.on('close', () => (state.closed = true));
      pump();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    return { url: `http://127.0.0.1:${port}/feed.json`, state, close: () => new Promise((resolve) => server.close(resolve)) };
  }

  it('stops reading past the byte limit and says so', async () => {
    const server = await endlessServer();
    try {
      const result = await fetchFeed(server.url, { maxBytes: 1024 * 1024 });
      expect(result).toEqual({ ok: false, failure: { kind: 'too-large', megabytes: 1 } });
      // Work done, not time: the server was cut off long before its 200 MB guard.
      expect(server.state.sent).toBeLessThan(50 * 1024 * 1024);
    } finally {
      await server.close();
    }
  });

  it('refuses a declared Content-Length past the limit without reading the body', async () => {
    const fetch: FetchLike = async () => new Response('{}', { headers: { 'content-length': String(21 * 1024 * 1024) } });
    expect(await fetchFeed(URL_, { fetch })).toEqual({ ok: false, failure: { kind: 'too-large', megabytes: 20 } });
  });

  it('still reads a feed under the limit, multi-byte characters split across chunks included', async () => {
    const bytes = new TextEncoder().encode('{"version":"https://jsonfeed.org/version/1.1","items":[{"title":"日本語","url":"https://x/a/"}]}');
    const fetch: FetchLike = async () =>
      new Response(
        new ReadableStream({
          start(controller) {
            for (const byte of bytes) controller.enqueue(new Uint8Array([byte]));
            controller.close();
          },
        }),
      );
    expect(await fetchFeed(URL_, { fetch, maxBytes: bytes.length })).toMatchObject({ ok: true, entries: [{ title: '日本語' }] });
  });
});
