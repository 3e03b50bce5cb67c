/**
 * Everything besides a diagram's source that decides its SVG: the versions of Mermaid and
 * mermaid-isomorphic, Labbook's Mermaid configuration, and how Labbook post-processes the SVG.
 * Part of every cache key, so upgrading any of them re-renders instead of serving stale SVG.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mermaidConfig, themeDirective } from './render-config.ts';

/**
 * Bump when Labbook's own steps change their output: the source rewriting of render-config.ts
 * (labelSafeSource), render-context.ts, svg-ids.ts, svg-a11y.ts, drawn-svg-check.ts, rejection-message.ts.
 */
const LABBOOK_RENDER_VERSION = 7;

/** The `version` of the package whose entry point `specifier` resolves to. */
function packageVersion(specifier: string): string {
  let dir = dirname(fileURLToPath(import.meta.resolve(specifier)));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === specifier && pkg.version) return pkg.version;
    } catch {
      // No package.json at this level: keep climbing.
    }
    const parent = dirname(dir);
    if (parent === dir) return 'unknown';
    dir = parent;
  }
}

/** A stable string naming the renderer; equal strings mean equal SVG for equal sources. */
export function rendererFingerprint(): string {
  return JSON.stringify({
    mermaid: packageVersion('mermaid'),
    mermaidIsomorphic: packageVersion('mermaid-isomorphic'),
    config: mermaidConfig('light'),
    dark: themeDirective('dark'),
    labbook: LABBOOK_RENDER_VERSION,
  });
}
