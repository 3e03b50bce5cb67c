import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPI } from 'openapi-types';
import { problems, type Problem } from '../errors.ts';
import type { ApiSpec } from '../../schemas/api-spec.ts';
import { apiSlug } from './api-files.ts';
import { normaliseSpec, type NormaliseOptions } from './normalise-spec.ts';
import { readSpecText } from './read-spec.ts';
import { specProblems } from './spec-problems.ts';

/** A spec file's page model, or every problem found in it. */
export type LoadedSpec = { spec: ApiSpec; problems: [] } | { spec?: undefined; problems: Problem[] };

/** Only files inside the content folder may be `$ref`ed: a spec must not read the rest of the disk. */
function insideFolder(folder: string): (file: { url: string }) => boolean {
  const root = resolve(folder) + sep;
  return ({ url }) => {
    if (/^[a-z][a-z\d+.-]+:/i.test(url) && !url.startsWith('file:')) return false;
    const path = url.startsWith('file:') ? fileURLToPath(url) : url;
    return resolve(path).startsWith(root);
  };
}

/**
 * Read, validate (against the OpenAPI 3.0/3.1 or Swagger 2.0 schema), dereference and normalise
 * one spec file. `file` is relative to `contentDir` (`api/payments.yaml`). Remote `$ref`s are
 * never fetched, so builds stay offline and repeatable.
 */
export async function loadSpec(folder: string, file: string, options: Pick<NormaliseOptions, 'render'> = {}): Promise<LoadedSpec> {
  // Absolute, so the parser's messages (which name absolute paths) can be made relative again.
  const contentDir = resolve(folder);
  const absolutePath = join(contentDir, file);
  const read = readSpecText(file, await readFile(absolutePath, 'utf8'));
  if (!read.spec) return { problems: [read.problem] };
  const { data, lineOf } = read.spec;
  const document = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  if (!document || (document.openapi === undefined && document.swagger === undefined)) {
    return {
      problems: [
        problems.openapiInvalid(file, 1, '', 'is not an OpenAPI or Swagger document', 'Start it with `openapi: 3.1.0` (or 3.0.x) or `swagger: "2.0"`; api/ holds API specs only.'),
      ],
    };
  }
  let api: unknown;
  try {
    api = await new SwaggerParser().validate(absolutePath, document as unknown as OpenAPI.Document, {
      continueOnError: true,
      resolve: { http: false, file: { canRead: insideFolder(contentDir) } },
      dereference: { circular: true },
    });
  } catch (error) {
    return { problems: specProblems(error, { file, contentDir, swagger: document.swagger !== undefined, lineOf }) };
  }
  const slug = apiSlug(file.replace(/^api\//, ''));
  return { spec: normaliseSpec(api as Record<string, unknown>, { file, slug, render: options.render }), problems: [] };
}
