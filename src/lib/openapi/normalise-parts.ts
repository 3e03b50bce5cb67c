/**
 * Parameters, bodies, responses and examples of OpenAPI 3.x and Swagger 2.0 operations in the one
 * shape the page shows. Input is a validated, dereferenced spec; nothing here throws on odd input.
 */
import type {
  ApiExample,
  ApiMediaType,
  ApiParameter,
  ApiParameterGroup,
  ApiParameterLocation,
  ApiRequestBody,
  ApiResponse,
  ApiResponseLink,
} from '../../schemas/api-spec.ts';
import { normaliseSchema, type SchemaContext } from './normalise-schema.ts';
import { compact, exampleText, httpUrl, jsonLiteral, record, text } from './values.ts';

type Json = Record<string, unknown>;

/** A schema context plus the renderer for text outside schemas (operations, parameters, responses). */
export interface PartsContext extends SchemaContext {
  /** Markdown to safe HTML for descriptions of parameters, bodies, responses and examples. */
  renderText: (markdown: string) => string;
}

/** Locations in the order the page lists them. */
export const PARAMETER_LOCATIONS: readonly ApiParameterLocation[] = ['path', 'query', 'header', 'cookie'];

/** JSON Schema keywords a Swagger 2.0 non-body parameter or header carries itself. */
const SWAGGER_SCHEMA_KEYS = [
  'type', 'format', 'items', 'enum', 'default', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
  'multipleOf', 'minLength', 'maxLength', 'pattern', 'minItems', 'maxItems', 'uniqueItems', 'x-nullable', 'example',
];

/** A Swagger 2.0 parameter's own schema keywords as a schema object. */
function inlineSchema(parameter: Json): Json {
  return Object.fromEntries(SWAGGER_SCHEMA_KEYS.filter((key) => parameter[key] !== undefined).map((key) => [key, parameter[key]]));
}

/** `example` plus an `examples` map of Example Objects (OpenAPI 3.x). */
export function examplesOf(owner: Json, context: PartsContext): ApiExample[] {
  const found: ApiExample[] = [];
  if (owner.example !== undefined) found.push({ value: exampleText(owner.example) });
  const map = record(owner.examples);
  for (const [name, raw] of Object.entries(map ?? {})) {
    const example = record(raw);
    if (!example) continue;
    found.push(
      compact({
        name,
        summary: text(example.summary),
        descriptionHtml: text(example.description) && context.renderText(String(example.description)),
        value: example.value === undefined ? undefined : exampleText(example.value),
        externalUrl: httpUrl(example.externalValue),
      }),
    );
  }
  return found;
}

/** The parameters of an operation: the path item's, overridden by the operation's own (same name and location). */
export function mergeParameters(pathLevel: unknown, operationLevel: unknown): Json[] {
  const merged = new Map<string, Json>();
  for (const list of [pathLevel, operationLevel]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const parameter = record(raw);
      if (parameter) merged.set(`${String(parameter.in)}\u0000${String(parameter.name)}`, parameter);
    }
  }
  return [...merged.values()];
}

/** One parameter (or, with `location: 'header'`, a response header) of either spec version. */
export function normaliseParameter(parameter: Json, location: ApiParameterLocation, context: PartsContext, swagger: boolean): ApiParameter {
  let schema: unknown = parameter.schema;
  if (swagger) schema = inlineSchema(parameter);
  else if (schema === undefined) {
    // OpenAPI 3.x: a parameter may describe itself with `content` (one media type) instead.
    const media = Object.values(record(parameter.content) ?? {}).map(record)[0];
    schema = media?.schema;
  }
  const style = text(parameter.style) ?? text(parameter.collectionFormat);
  return compact({
    name: String(parameter.name ?? ''),
    in: location,
    required: parameter.required === true || location === 'path',
    deprecated: parameter.deprecated === true,
    descriptionHtml: text(parameter.description) && context.renderText(String(parameter.description)),
    style,
    schema: schema === undefined ? undefined : normaliseSchema(schema, context),
    // Swagger 2.0 has no parameter examples; its `x-example` is the common stand-in.
    examples: swagger ? (parameter['x-example'] === undefined ? [] : [{ value: exampleText(parameter['x-example']) }]) : examplesOf(parameter, context),
  });
}

/** Path, query, header and cookie parameters, in that order, without empty groups. */
export function groupParameters(parameters: Json[], context: PartsContext, swagger: boolean): ApiParameterGroup[] {
  return PARAMETER_LOCATIONS.map((location) => ({
    in: location,
    parameters: parameters.filter((p) => p.in === location).map((p) => normaliseParameter(p, location, context, swagger)),
  })).filter((group) => group.parameters.length > 0);
}

/** OpenAPI 3.x `content`: one entry per media type, in spec order. */
export function normaliseContent(content: unknown, context: PartsContext): ApiMediaType[] {
  return Object.entries(record(content) ?? {}).map(([type, raw]) => {
    const media = record(raw) ?? {};
    return compact({
      type,
      schema: media.schema === undefined ? undefined : normaliseSchema(media.schema, context),
      examples: examplesOf(media, context),
    });
  });
}

/** OpenAPI 3.x `requestBody`. */
export function normaliseRequestBody(body: unknown, context: PartsContext): ApiRequestBody | undefined {
  const requestBody = record(body);
  if (!requestBody) return undefined;
  return compact({
    required: requestBody.required === true,
    descriptionHtml: text(requestBody.description) && context.renderText(String(requestBody.description)),
    content: normaliseContent(requestBody.content, context),
  });
}

/**
 * Swagger 2.0: the `body` parameter, or the `formData` parameters as one object schema, become a
 * request body with one entry per media type the operation consumes.
 */
export function swaggerRequestBody(parameters: Json[], consumes: string[], context: PartsContext): ApiRequestBody | undefined {
  const body = parameters.find((p) => p.in === 'body');
  if (body) {
    return compact({
      required: body.required === true,
      descriptionHtml: text(body.description) && context.renderText(String(body.description)),
      content: (consumes.length ? consumes : ['application/json']).map((type) => ({
        type,
        schema: normaliseSchema(body.schema, context),
        examples: body['x-example'] === undefined ? [] : [{ value: exampleText(body['x-example']) }],
      })),
    });
  }
  const fields = parameters.filter((p) => p.in === 'formData');
  if (!fields.length) return undefined;
  const hasFile = fields.some((p) => p.type === 'file');
  const formTypes = consumes.filter((type) => type === 'multipart/form-data' || type === 'application/x-www-form-urlencoded');
  const schema = {
    type: 'object',
    required: fields.filter((p) => p.required === true).map((p) => String(p.name)),
    properties: Object.fromEntries(fields.map((p) => [String(p.name), { ...inlineSchema(p), description: p.description }])),
  };
  return {
    required: fields.some((p) => p.required === true),
    content: (formTypes.length ? formTypes : [hasFile ? 'multipart/form-data' : 'application/x-www-form-urlencoded']).map((type) => ({
      type,
      schema: normaliseSchema(schema, context),
      examples: [],
    })),
  };
}

/** Order of response keys: numeric codes ascending, a range (`4XX`) after its codes, `default` last. */
function statusRank(status: string): number {
  if (/^\d{3}$/.test(status)) return Number(status);
  const range = /^([1-5])XX$/i.exec(status);
  if (range) return Number(range[1]) * 100 + 99.5;
  return 1_000;
}

/** Response headers of either version, as parameters located in the header. */
function responseHeaders(headers: unknown, context: PartsContext, swagger: boolean): ApiParameter[] {
  return Object.entries(record(headers) ?? {})
    // OpenAPI 3.x says a `Content-Type` response header is ignored: the media type says it.
    .filter(([name]) => name.toLowerCase() !== 'content-type')
    .map(([name, raw]) => normaliseParameter({ ...(record(raw) ?? {}), name }, 'header', context, swagger));
}

/** OpenAPI 3.x response `links`; `anchor` is filled in once every operation of the page has one. */
function responseLinks(links: unknown, context: PartsContext): ApiResponseLink[] {
  const expression = (value: unknown) => {
    if (typeof value === 'string') return value;
    try {
      return jsonLiteral(value);
    } catch {
      return '(a recursive value)'; // dereferencing can make a constant point to itself
    }
  };
  return Object.entries(record(links) ?? {}).flatMap(([name, raw]) => {
    const link = record(raw);
    if (!link) return [];
    return [
      compact({
        name,
        operationId: text(link.operationId),
        operationRef: text(link.operationRef),
        parameters: Object.entries(record(link.parameters) ?? {}).map(([parameter, value]) => ({ name: parameter, value: expression(value) })),
        requestBody: link.requestBody === undefined ? undefined : expression(link.requestBody),
        descriptionHtml: text(link.description) && context.renderText(String(link.description)),
      }),
    ];
  });
}

/**
 * Responses of an operation, sorted by status. Swagger 2.0 responses get one media type per type
 * the operation produces, each with its `examples` entry.
 */
export function normaliseResponses(responses: unknown, context: PartsContext, swagger: false | { produces: string[] }): ApiResponse[] {
  const entries = Object.entries(record(responses) ?? {}).filter(([status]) => !status.startsWith('x-'));
  entries.sort(([a], [b]) => statusRank(a) - statusRank(b) || a.localeCompare(b));
  return entries.map(([status, raw]) => {
    const response = record(raw) ?? {};
    let content: ApiMediaType[];
    if (swagger) {
      const examples = record(response.examples) ?? {};
      const produces = swagger.produces.length ? swagger.produces : ['application/json'];
      content =
        response.schema === undefined
          ? []
          : produces.map((type) => ({
              type,
              schema: normaliseSchema(response.schema, context),
              examples: examples[type] === undefined ? [] : [{ value: exampleText(examples[type]) }],
            }));
    } else {
      content = normaliseContent(response.content, context);
    }
    return compact({
      status,
      descriptionHtml: text(response.description) && context.renderText(String(response.description)),
      headers: responseHeaders(response.headers, context, Boolean(swagger)),
      content,
      links: swagger ? [] : responseLinks(response.links, context),
    });
  });
}
