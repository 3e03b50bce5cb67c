import { problems, type Problem } from '../errors.ts';
import type { ApiSpec } from '../../schemas/api-spec.ts';
import { apiUrl } from './api-files.ts';
import type { LoadedSpec } from './load-spec.ts';

/** What the loader stores and reports once every file of api/ is loaded. */
export interface CollectedSpecs {
  /** One page per URL, in file order. */
  pages: { file: string; spec: ApiSpec }[];
  problems: Problem[];
  /** Fragments that no spec `$ref`s: not wrong, but likely forgotten. */
  warnings: Problem[];
}

/**
 * Sort loaded files (`loaded[i]` is `files[i]`) into pages, problems and warnings: specs whose
 * URLs clash (`pets.yaml` and `pets.json`) are a problem naming both files; a file without
 * `openapi:`/`swagger:` is a fragment, fine when some spec `$ref`s it, a warning otherwise.
 */
export function collectSpecs(files: readonly string[], loaded: readonly LoadedSpec[]): CollectedSpecs {
  const pages: CollectedSpecs['pages'] = [];
  const found: Problem[] = [];
  const warnings: Problem[] = [];
  const byUrl = new Map<string, string>();
  const referenced = new Set(loaded.flatMap((result) => result.refs));
  for (const [i, result] of loaded.entries()) {
    const file = files[i]!;
    if (!result.spec) {
      if ('fragment' in result && result.fragment) {
        if (!referenced.has(file)) warnings.push(problems.openapiStrayFragment(file));
      } else found.push(...result.problems);
      continue;
    }
    const url = apiUrl(result.spec.slug);
    const other = byUrl.get(url);
    if (other) {
      found.push(problems.openapiDuplicateUrl(url, other, file));
      continue;
    }
    byUrl.set(url, file);
    pages.push({ file, spec: result.spec });
  }
  return { pages, problems: found, warnings };
}
