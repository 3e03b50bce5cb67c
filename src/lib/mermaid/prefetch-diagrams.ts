/**
 * Diagrams start rendering when the build starts, not when Astro's content sync first meets a
 * document with one: Chromium launches and renders while Astro sets itself up, and the documents
 * that sync renders find their diagrams done or under way instead of each waiting for a small
 * batch (issue #8). The content validator has read every file already; this only looks for fences.
 */
import type { SourceFile } from '../validate-content.ts';
import { sharedDiagramRenderer, type DiagramRenderer } from './diagram-renderer.ts';
import { findMermaidSources, parserInputs } from './find-fences.ts';

/** `LABBOOK_MERMAID_PREFETCH=0` (or `false`) leaves every diagram to the render of its document, to compare builds. */
function prefetchOff(env: Record<string, string | undefined>): boolean {
  const value = env.LABBOOK_MERMAID_PREFETCH?.trim();
  return value === '0' || value === 'false';
}

/**
 * Hand the source of every ```mermaid fence in `files` to `renderer.prefetch`. Returns how many
 * diagrams were not in the cache (0 when all are: then no browser starts).
 */
export function prefetchDiagrams(
  files: readonly SourceFile[],
  renderer: DiagramRenderer = sharedDiagramRenderer(),
  env: Record<string, string | undefined> = process.env,
): number {
  if (!renderer.prefetch || prefetchOff(env)) return 0;
  // The same documents, text and parser as their render (find-fences.ts); most files say no `mermaid` and are not parsed.
  const sources = files.flatMap((file) => (file.source.includes('mermaid') ? parserInputs(file).flatMap(findMermaidSources) : []));
  return sources.length > 0 ? renderer.prefetch(sources) : 0;
}
