/**
 * Shared facts about the fixture wiki (tests/fixtures/site) and small helpers for the e2e specs.
 * Not a spec file: Playwright only collects `*.spec.ts`.
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Page } from '@playwright/test';

/** The port playwright.config.ts serves the main fixture on; the other fixtures sit just below it. */
export const E2E_PORT = Number(process.env.LABBOOK_E2E_PORT ?? 4399);

/** Where playwright.config.ts builds a fixture (LABBOOK_OUT): one folder per fixture and port. */
export function fixtureDist(name: string, port: number): string {
  return resolve(process.cwd(), `.labbook/${name}-${port}`);
}

/** Where the main fixture (tests/fixtures/site) is built. */
export const DIST = fixtureDist('e2e-dist', E2E_PORT);

export const SITE_TITLE = 'E2E Fixture Wiki';
export const REPO = 'acme/fixture';
export const THEME_KEY = 'labbook-theme';

/** The published TILs, oldest first, with what their front matter says. */
export const TILS = {
  reseed: {
    url: '/til/2026-01-14-reseed-the-shuffle-every-epoch/',
    file: 'til/2026-01-14-reseed-the-shuffle-every-epoch.md',
    title: 'Reseed the shuffle every epoch, not once per run',
    date: '2026-01-14',
    shownDate: 'Jan 14, 2026',
    category: 'Data',
  },
  dedup: {
    url: '/til/2026-02-09-deduplicate-eval-shards/',
    file: 'til/2026-02-09-deduplicate-eval-shards.md',
    title: 'Deduplicate eval shards before you average them',
    date: '2026-02-09',
    shownDate: 'Feb 9, 2026',
    category: 'Evaluation',
  },
  unicode: {
    url: '/til/2026-02-20-normalize-unicode-before-tokenizing/',
    // Upper case in the file name on purpose: the URL is lowercased, the edit link is not.
    file: 'til/2026-02-20-Normalize-Unicode-Before-Tokenizing.md',
    title: 'Normalize 日本語 and café before tokenizing',
    date: '2026-02-20',
    shownDate: 'Feb 20, 2026',
    category: 'Evaluation',
  },
  crlf: {
    url: '/til/2026-03-03-crlf-and-bom-in-configs/',
    file: 'til/2026-03-03-crlf-and-bom-in-configs.md',
    title: 'CRLF line endings broke our YAML config',
    date: '2026-03-03',
    shownDate: 'Mar 3, 2026',
    category: 'Infra',
  },
} as const;

/** The TIL with `draft: true`: never built, never linked. */
export const DRAFT = {
  url: '/til/2026-03-10-half-written-draft/',
  slugPart: 'half-written-draft',
  title: 'Half-written draft that must stay unpublished',
};

/** Docs pages in sidebar (reading) order. */
export const DOCS = [
  { url: '/docs/', title: 'Fixture handbook' },
  { url: '/docs/guides/', title: 'Guides' },
  { url: '/docs/guides/a-first/', title: 'Zero to a first training run' },
  { url: '/docs/guides/b-second/', title: 'Advanced configuration' },
  { url: '/docs/guides/c-appendix/', title: 'Appendix without an order' },
  { url: '/docs/conventions/', title: 'Conventions' },
  { url: '/docs/reference/glossary/', title: 'Glossary' },
] as const;

/** Model cards of the fixture (tests/fixtures/site/models/): two versions of one model, and an incomplete card. */
export const MODELS = {
  intentOld: { url: '/models/fixture-intent-v1-2-0/', title: 'Fixture intent classifier v1.2.0', version: '1.2.0' },
  intent: { url: '/models/fixture-intent-v1-3-0/', title: 'Fixture intent classifier v1.3.0', version: '1.3.0' },
  ranker: { url: '/models/fixture-ranker/', title: 'Fixture ranker', version: '0.4.0' },
} as const;

/** Playbooks of the fixture (tests/fixtures/site/playbooks/); `stale` was reviewed 2020-01-01. */
export const PLAYBOOKS = {
  stale: { url: '/playbooks/stale-disk-pressure/', title: 'Fixture cluster disk pressure' },
  latency: { url: '/playbooks/intent-latency/', title: 'Fixture intent API latency' },
} as const;

/** Every page the model cards and playbooks add to the fixture, lists included. */
export const MODEL_AND_PLAYBOOK_PAGES = ['/models/', ...Object.values(MODELS).map((m) => m.url), '/playbooks/', ...Object.values(PLAYBOOKS).map((p) => p.url)];

/** The API spec of the fixture (tests/fixtures/site/api/model-registry.yaml): OpenAPI 3.1, 7 operations, 3 tags. */
export const API_SPEC = { url: '/api/model-registry/', title: 'Model Registry API' } as const;

/** Every page the API specs add to the fixture, the /api/ list included. */
export const API_PAGES = ['/api/', API_SPEC.url];

/**
 * Site-relative URLs of every `.html` file of the built fixture: `x/index.html` -> `/x/`,
 * `index.html` -> `/`, `404.html` -> `/404.html`. Read at test time, after the web server built it.
 */
export function builtPageUrls(dist = DIST): string[] {
  const urls: string[] = [];
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const rel = relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (rel === 'index.html') urls.push('/');
    else if (rel.endsWith('/index.html')) urls.push(`/${rel.slice(0, -'index.html'.length)}`);
    else urls.push(`/${rel}`);
  }
  return urls.sort();
}

/**
 * Collects everything that went wrong while a page loaded: console errors, uncaught exceptions,
 * requests that failed and responses with an error status. `take()` returns and clears the list.
 */
export function watchProblems(page: Page) {
  let found: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.location().url;
    found.push(`console error: ${msg.text()} (${where || 'no location'})`);
  });
  page.on('pageerror', (error) => found.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // Leaving a page cancels what it still loads (the icon, say): ERR_ABORTED is the test moving on,
    // not the site failing. A missing file shows up as an HTTP status below instead.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    found.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) found.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return {
    take(): string[] {
      const out = found;
      found = [];
      return out;
    },
  };
}

declare global {
  interface Window {
    /** `<html data-theme>` when `<body>` was first inserted, i.e. before anything could paint. */
    __themeAtBody?: string | null;
    /** `<html data-theme>` when DOMContentLoaded fired (this listener runs before the page's own). */
    __themeAtDCL?: string | null;
  }
}

/**
 * Init script: records the theme attribute when the body element first appears and at
 * DOMContentLoaded. Registered before any page script runs, so the page's own DOMContentLoaded
 * handler has not had a chance to fix a wrong value yet.
 */
export function recordEarlyTheme(): void {
  const root = () => document.documentElement;
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      window.__themeAtDCL = root()?.dataset.theme ?? null;
    },
    { once: true },
  );
  const observer = new MutationObserver(() => {
    if (!document.body) return;
    window.__themeAtBody = root()?.dataset.theme ?? null;
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** The two recorded early theme values of the current document. */
export async function earlyTheme(page: Page): Promise<{ atBody: string | null | undefined; atDCL: string | null | undefined }> {
  return page.evaluate(() => ({ atBody: window.__themeAtBody, atDCL: window.__themeAtDCL }));
}

/** `#d73a49` -> `rgb(215, 58, 73)`, the form getComputedStyle returns. */
export function hexToRgb(hex: string): string {
  let h = hex.trim().replace(/^#/, '');
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  const n = Number.parseInt(h.slice(0, 6), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
