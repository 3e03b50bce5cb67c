import { join, normalize, sep } from 'node:path';

/** Folder of the Pagefind bundle inside the site, and its URL below the base path. */
export const BUNDLE_FOLDER = 'pagefind';

/**
 * Files of the bundle Labbook never loads: Pagefind's ready-made UIs (Labbook has its own) and its
 * web worker (src/scripts/search/pagefind.ts searches in the page). They are deleted after
 * indexing instead of being deployed with every site (about 470 KB). Without the worker file
 * Pagefind would fall back to the page anyway.
 */
export const UNUSED_BUNDLE_FILE = /^pagefind-(?:ui|modular-ui|component-ui)\.(?:js|css)$|^pagefind-(?:highlight|worker)\.js$/;

/**
 * The file of the bundle folder `bundleDir` that a dev-server request asks for, or undefined when
 * the URL is not below `<base>pagefind/` or tries to leave the folder.
 */
export function bundleFilePath(requestUrl: string, base: string, bundleDir: string): string | undefined {
  const prefix = `${base.endsWith('/') ? base : `${base}/`}${BUNDLE_FOLDER}/`;
  const path = requestUrl.split(/[?#]/)[0] ?? '';
  if (!path.startsWith(prefix)) return undefined;
  let rest: string;
  try {
    rest = decodeURIComponent(path.slice(prefix.length));
  } catch {
    return undefined;
  }
  if (!rest || rest.includes('\0')) return undefined;
  const file = normalize(join(bundleDir, rest));
  return file.startsWith(bundleDir.endsWith(sep) ? bundleDir : `${bundleDir}${sep}`) ? file : undefined;
}

/** Content type of a bundle file: scripts and JSON by extension, index chunks as bytes. */
export function bundleContentType(file: string): string {
  if (file.endsWith('.js')) return 'text/javascript; charset=utf-8';
  if (file.endsWith('.json')) return 'application/json; charset=utf-8';
  if (file.endsWith('.css')) return 'text/css; charset=utf-8';
  return 'application/octet-stream';
}
