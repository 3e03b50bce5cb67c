/**
 * HTTP authentication scheme names are case-insensitive (RFC 9110 §11.1), and real specs write
 * `scheme: Bearer` (the OpenAPI Initiative's own tic-tac-toe example does). The bundled OpenAPI 3.1
 * schema only recognises `bearer` and then rejects its `bearerFormat` as an unknown field, so the
 * copy that is validated gets lowercase scheme names. Not a correction of the author's text, so no
 * warning.
 */
export function lowercaseHttpSchemes(document: Record<string, unknown>): void {
  const components = document.components;
  if (components === null || typeof components !== 'object') return;
  const schemes = (components as Record<string, unknown>).securitySchemes;
  if (schemes === null || typeof schemes !== 'object') return;
  for (const scheme of Object.values(schemes as Record<string, unknown>)) {
    if (scheme === null || typeof scheme !== 'object') continue;
    const fields = scheme as Record<string, unknown>;
    if (fields.type === 'http' && typeof fields.scheme === 'string') fields.scheme = fields.scheme.toLowerCase();
  }
}
