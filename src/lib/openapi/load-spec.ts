import { readFile, realpath } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPI } from 'openapi-types';
import { problems, type Problem } from '../errors.ts';
import type { ApiSpec } from '../../schemas/api-spec.ts';
import { apiSlug } from './api-files.ts';
import { lowercaseHttpSchemes } from './auth-schemes.ts';
import { normaliseSpec, type NormaliseOptions } from './normalise-spec.ts';
import { readSpecText } from './read-spec.ts';
import { contentFileParser, contentFileResolver, realPathInside } from './spec-files.ts';
import { specProblems } from './spec-problems.ts';

/**
 * A spec file's page model, or every problem found in it; or, for a file without `openapi:` or
 * `swagger:` at its top, `fragment`: a part that specs `$ref`, not a page. `refs` are the other
 * files it read (relative to the content folder), so fragments nobody reads can be found.
 */
export type LoadedSpec = ({ spec: ApiSpec; problems: [] } | { spec?: undefined; problems: Problem[]; fragment?: true }) & { refs: string[] };

/**
 * Read, validate (against the OpenAPI 3.0/3.1 or Swagger 2.0 schema), dereference and normalise
 * one spec file. `file` is relative to `contentDir` (`api/payments.yaml`). Remote `$ref`s are
 * never fetched, so builds stay offline and repeatable.
 */
export async function loadSpec(folder: string, file: string, options: Pick<NormaliseOptions, 'render'> = {}): Promise<LoadedSpec> {
  // Absolute, so the parser's messages (which name absolute paths) can be made relative again.
  const contentDir = resolve(folder);
  const absolutePath = join(contentDir, file);
  // Real paths: a symlink (the spec itself, or a folder on the way) must not lead off the content folder.
  const realRoot = await realpath(contentDir);
  const realFile = await realPathInside(realRoot, absolutePath);
  if (!realFile) return { problems: [problems.openapiOutside(file, undefined, '', undefined)], refs: [] };
  const read = readSpecText(file, await readFile(realFile, 'utf8'));
  if (!read.spec) return { problems: [read.problem], refs: [] };
  const { data, lineOf } = read.spec;
  const document = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  if (!document || (document.openapi === undefined && document.swagger === undefined)) return { problems: [], fragment: true, refs: [] };
  let api: unknown;
  const parser = new SwaggerParser();
  // Every file the parser read for this spec, itself excepted.
  const refs = () =>
    parser.$refs
      .paths('file')
      .map((path) => relative(contentDir, path).split(sep).join('/'))
      .filter((path) => path !== file);
  try {
    // A copy: the parser dereferences in place, and problems quote the $refs as written.
    const copy = structuredClone(document);
    lowercaseHttpSchemes(copy);
    api = await parser.validate(absolutePath, copy as unknown as OpenAPI.Document, {
      continueOnError: true,
      resolve: { http: false, file: contentFileResolver(realRoot) },
      parse: { json: false, yaml: contentFileParser(contentDir) },
      dereference: { circular: true },
    });
  } catch (error) {
    return { problems: specProblems(error, { file, contentDir, swagger: document.swagger !== undefined, lineOf, data }), refs: refs() };
  }
  const slug = apiSlug(file.replace(/^api\//, ''));
  return { spec: normaliseSpec(api as Record<string, unknown>, { file, slug, render: options.render }), problems: [], refs: refs() };
}
