import type { ApiLink, ApiOperation, ApiServer, ApiSpec, ApiTag } from '../../schemas/api-spec.ts';
import { firstParagraphText, renderUntrustedMarkdown, type SafeMarkdownOptions } from '../safe-markdown.ts';
import { anchorAllocator, anchorSlug, operationAnchorBase } from './anchors.ts';
import { groupParameters, mergeParameters, normaliseRequestBody, normaliseResponses, swaggerRequestBody, type PartsContext } from './normalise-parts.ts';
import { normaliseSecurity, normaliseSecuritySchemes } from './normalise-security.ts';
import { compact, httpUrl, record, text } from './values.ts';

type Json = Record<string, unknown>;

/** HTTP methods a path item may hold, in the order OpenAPI lists them. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** The tag untagged operations are listed under. */
export const UNTAGGED = 'Other';

/** Where the spec came from and how to render its Markdown. */
export interface NormaliseOptions {
  /** Path relative to the content folder, e.g. `api/payments.yaml`. */
  file: string;
  /** URL slug inside /api/. */
  slug: string;
  /** Markdown to safe HTML; defaults to {@link renderUntrustedMarkdown}. */
  render?: (markdown: string, options?: SafeMarkdownOptions) => string;
}

/** Component name of every named schema: dereferencing keeps one object per component, so identity finds it. */
function componentNames(api: Json): Map<object, string> {
  const names = new Map<object, string>();
  const pools = [record(record(api.components)?.schemas), record(api.definitions)];
  for (const pool of pools) {
    for (const [name, schema] of Object.entries(pool ?? {})) {
      const object = record(schema);
      if (object && !names.has(object)) names.set(object, name);
    }
  }
  return names;
}

function servers(api: Json, render: (markdown: string) => string): ApiServer[] {
  if (typeof api.swagger === 'string') {
    const host = text(api.host);
    const basePath = text(api.basePath) ?? '';
    if (!host) return basePath ? [{ url: basePath, variables: [] }] : [];
    const schemes = Array.isArray(api.schemes) && api.schemes.length ? api.schemes.map(String) : ['https'];
    return schemes.map((scheme) => {
      const url = `${scheme}://${host}${basePath}`;
      return compact({ url, href: httpUrl(url), variables: [] });
    });
  }
  const list = Array.isArray(api.servers) ? api.servers.map(record).filter((s): s is Json => Boolean(s)) : [];
  return list.map((server) => {
    const url = String(server.url ?? '');
    return compact({
      url,
      // A URL with `{variables}` is a template, not an address.
      href: url.includes('{') ? undefined : httpUrl(url),
      descriptionHtml: text(server.description) && render(String(server.description)),
      variables: Object.entries(record(server.variables) ?? {}).map(([name, raw]) => {
        const variable = record(raw) ?? {};
        return compact({
          name,
          default: String(variable.default ?? ''),
          enum: Array.isArray(variable.enum) ? variable.enum.map(String) : undefined,
          descriptionHtml: text(variable.description) && render(String(variable.description)),
        });
      }),
    });
  });
}

function link(label: unknown, url: unknown, fallback: string): ApiLink | undefined {
  const href = httpUrl(url);
  const name = text(label) ?? (typeof url === 'string' ? url : undefined) ?? (href ? fallback : undefined);
  return name ? compact({ label: name, href }) : undefined;
}

/** How deep callbacks may nest (a callback's operation with callbacks of its own...). */
const MAX_CALLBACK_DEPTH = 3;

/**
 * The operations of a map of path items (`paths`, `webhooks`, or one callback's expressions) in
 * spec order. Anchors are left empty: {@link assignAnchors} hands them out for the whole page.
 */
function operationsOf(items: unknown, api: Json, context: PartsContext, depth = 0): ApiOperation[] {
  const swagger = typeof api.swagger === 'string';
  const operations: ApiOperation[] = [];
  for (const [path, rawItem] of Object.entries(record(items) ?? {})) {
    const item = record(rawItem);
    if (!item) continue;
    for (const method of Object.keys(item).filter((key): key is (typeof HTTP_METHODS)[number] => (HTTP_METHODS as readonly string[]).includes(key))) {
      const operation = record(item[method]);
      if (!operation) continue;
      const parameters = mergeParameters(item.parameters, operation.parameters);
      const strings = (value: unknown) => (Array.isArray(value) ? value.map(String) : undefined);
      const callbacks =
        depth >= MAX_CALLBACK_DEPTH
          ? []
          : Object.entries(record(operation.callbacks) ?? {}).map(([name, callback]) => ({ name, operations: operationsOf(callback, api, context, depth + 1) }));
      operations.push(
        compact({
          anchor: '',
          method: method.toUpperCase(),
          path,
          operationId: text(operation.operationId),
          summary: text(operation.summary),
          descriptionHtml: text(operation.description) && context.renderText(String(operation.description)),
          deprecated: operation.deprecated === true,
          tags: (strings(operation.tags) ?? []).filter(Boolean),
          parameters: groupParameters(parameters, context, swagger),
          requestBody: swagger
            ? swaggerRequestBody(parameters, strings(operation.consumes) ?? strings(api.consumes) ?? [], context)
            : normaliseRequestBody(operation.requestBody, context),
          responses: normaliseResponses(operation.responses, context, swagger && { produces: strings(operation.produces) ?? strings(api.produces) ?? [] }),
          // An operation's own `security` replaces the spec's, `[]` included (no authentication).
          security: normaliseSecurity(operation.security) ?? normaliseSecurity(api.security),
          callbacks: callbacks.filter((callback) => callback.operations.length > 0),
        }),
      );
    }
  }
  return operations;
}

/** Every operation nested in callbacks of `operations`, depth first. */
function callbackOperations(operations: readonly ApiOperation[]): ApiOperation[] {
  return operations.flatMap((op) => op.callbacks.flatMap((callback) => [...callback.operations, ...callbackOperations(callback.operations)]));
}

/**
 * Anchors for every operation of the page: operations of paths first (search results and links
 * point to them, so they keep the plain slug), then webhooks, then callbacks (named after the
 * operation they belong to). Response links to an operationId of the page get its anchor.
 */
function assignAnchors(all: ApiOperation[], hooks: ApiOperation[], anchor: (base: string) => string): { paths: ApiOperation[]; webhooks: ApiOperation[] } {
  for (const op of all) op.anchor = anchor(operationAnchorBase(op.method, op.path, op.operationId));
  for (const op of hooks) op.anchor = anchor(op.operationId ? operationAnchorBase(op.method, op.path, op.operationId) : `webhook-${operationAnchorBase(op.method, op.path)}`);
  const nest = (parent: ApiOperation) => {
    for (const callback of parent.callbacks) {
      for (const op of callback.operations) {
        op.anchor = anchor(`${parent.anchor}-${anchorSlug(callback.name) || 'callback'}-${op.method.toLowerCase()}`);
        nest(op);
      }
    }
  };
  for (const op of [...all, ...hooks]) nest(op);
  const everything = [...all, ...hooks, ...callbackOperations([...all, ...hooks])];
  const byId = new Map(everything.filter((op) => op.operationId).map((op) => [op.operationId!, op.anchor]));
  for (const op of everything) {
    for (const response of op.responses) {
      for (const link of response.links) {
        const target = link.operationId && byId.get(link.operationId);
        if (target) link.anchor = target;
      }
    }
  }
  return { paths: all, webhooks: hooks };
}

/**
 * Tags in the order the spec declares them, then undeclared tags in order of first use, then
 * {@link UNTAGGED}; each operation is listed once, under its first tag. Tags without operations
 * are left out. Anchors are unique on the page.
 */
function groupByTag(api: Json, operations: ApiOperation[], render: (markdown: string) => string, anchor: (base: string) => string): ApiTag[] {
  const declared = (Array.isArray(api.tags) ? api.tags : []).map(record).filter((t): t is Json => Boolean(t?.name));
  const order = [...new Set([...declared.map((t) => String(t.name)), ...operations.flatMap((op) => op.tags.slice(0, 1)), UNTAGGED])];
  return order
    .map((name) => {
      const description = text(declared.find((t) => t.name === name)?.description);
      return compact({
        name,
        anchor: '',
        descriptionHtml: description && render(description),
        operations: operations.filter((op) => (op.tags[0] ?? UNTAGGED) === name),
      });
    })
    .filter((tag) => tag.operations.length > 0)
    .map((tag) => ({ ...tag, anchor: anchor(`tag-${anchorSlug(tag.name) || 'untitled'}`) }));
}

/**
 * A validated, dereferenced Swagger 2.0 or OpenAPI 3.0/3.1 document (possibly with cycles) as the
 * plain, acyclic view model of its page. Descriptions are rendered to sanitised HTML here, once.
 * The same input always gives the same output.
 */
export function normaliseSpec(api: Json, options: NormaliseOptions): ApiSpec {
  const renderWith = options.render ?? renderUntrustedMarkdown;
  // The page's own headings are h1 (title), h2 (tags) and h3 (operations): text from the spec
  // starts below the section it sits in.
  const render = (markdown: string) => renderWith(markdown, { topHeading: 4 });
  const context: PartsContext = {
    names: componentNames(api),
    render: (markdown) => renderWith(markdown, { topHeading: 5 }),
    renderText: render,
  };
  const info = record(api.info) ?? {};
  const description = text(info.description);
  const contact = record(info.contact);
  const license = record(info.license);
  const externalDocs = record(api.externalDocs);
  const anchor = anchorAllocator();
  const operations = assignAnchors(operationsOf(api.paths, api, context), operationsOf(api.webhooks, api, context), anchor);
  const securitySchemes = normaliseSecuritySchemes(api, render, anchor);
  const tags = groupByTag(api, operations.paths, render, anchor);
  return compact({
    file: options.file,
    slug: options.slug,
    specVersion: typeof api.swagger === 'string' ? `Swagger ${api.swagger}` : `OpenAPI ${String(api.openapi)}`,
    title: text(info.title) ?? options.file,
    version: String(info.version ?? ''),
    summary: text(info.summary),
    descriptionHtml: description && renderWith(description, { topHeading: 2 }),
    blurb: text(info.summary) ?? (description ? firstParagraphText(description) : ''),
    termsOfService: link(undefined, info.termsOfService, 'Terms of service'),
    contact: contact
      ? compact({ name: text(contact.name), href: httpUrl(contact.url), email: text(contact.email) })
      : undefined,
    license: license ? link(license.name, license.url, 'License') : undefined,
    externalDocs: externalDocs ? link(externalDocs.description, externalDocs.url, 'More documentation') : undefined,
    servers: servers(api, render),
    tags,
    operationCount: tags.reduce((sum, tag) => sum + tag.operations.length, 0),
    webhooks: operations.webhooks,
    securitySchemes,
  });
}
