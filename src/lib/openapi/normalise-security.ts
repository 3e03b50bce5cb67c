/**
 * Security schemes (OpenAPI 3.x `components/securitySchemes`, Swagger 2.0 `securityDefinitions`)
 * and security requirements, in the shape the page shows.
 */
import type { ApiOAuthFlow, ApiSecurity, ApiSecurityScheme } from '../../schemas/api-spec.ts';
import { anchorSlug } from './anchors.ts';
import { compact, record, text } from './values.ts';

type Json = Record<string, unknown>;

/** OAuth 2 flows in the order the specification lists them. */
const FLOW_ORDER = ['implicit', 'password', 'clientCredentials', 'authorizationCode'];

function scopesOf(value: unknown): ApiOAuthFlow['scopes'] {
  return Object.entries(record(value) ?? {}).map(([name, description]) => ({ name, description: typeof description === 'string' ? description : '' }));
}

function flow(name: string, raw: Json): ApiOAuthFlow {
  // URLs are shown as text; only http(s) ones would ever become links, and the page shows them as code.
  return compact({
    flow: name,
    authorizationUrl: text(raw.authorizationUrl),
    tokenUrl: text(raw.tokenUrl),
    refreshUrl: text(raw.refreshUrl),
    scopes: scopesOf(raw.scopes),
  });
}

/** Every declared security scheme, in spec order, each with an anchor from `anchor`. */
export function normaliseSecuritySchemes(api: Json, render: (markdown: string) => string, anchor: (base: string) => string): ApiSecurityScheme[] {
  const swagger = typeof api.swagger === 'string';
  const pool = swagger ? record(api.securityDefinitions) : record(record(api.components)?.securitySchemes);
  return Object.entries(pool ?? {}).flatMap(([name, raw]) => {
    const scheme = record(raw);
    if (!scheme) return [];
    const flows = swagger
      ? scheme.type === 'oauth2' ? [flow(String(scheme.flow ?? ''), scheme)] : []
      : Object.entries(record(scheme.flows) ?? {})
          .flatMap(([key, value]) => (record(value) ? [flow(key, record(value)!)] : []))
          .sort((a, b) => FLOW_ORDER.indexOf(a.flow) - FLOW_ORDER.indexOf(b.flow));
    return [
      compact({
        name,
        anchor: anchor(`security-${anchorSlug(name) || 'scheme'}`),
        type: String(scheme.type ?? ''),
        descriptionHtml: text(scheme.description) && render(String(scheme.description)),
        scheme: text(scheme.scheme),
        bearerFormat: text(scheme.bearerFormat),
        in: text(scheme.in),
        parameterName: scheme.type === 'apiKey' ? text(scheme.name) : undefined,
        openIdConnectUrl: text(scheme.openIdConnectUrl),
        flows,
      }),
    ];
  });
}

/**
 * A `security` array as alternatives of schemes with scopes; undefined when the value is not an
 * array (not stated). `[]` stays `[]`: the operation says it needs no authentication.
 */
export function normaliseSecurity(value: unknown): ApiSecurity | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.map((requirement) =>
    Object.entries(record(requirement) ?? {}).map(([scheme, scopes]) => ({ scheme, scopes: Array.isArray(scopes) ? scopes.map(String) : [] })),
  );
}
