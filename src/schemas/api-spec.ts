import { z } from 'zod';

/**
 * The view model of one API spec page (`api/*.yaml|yml|json`), as the OpenAPI loader stores it:
 * plain, acyclic, JSON-serialisable data made by src/lib/openapi/normalise-spec.ts from a
 * validated and dereferenced Swagger 2.0 or OpenAPI 3.0/3.1 document. Fields ending in `Html` hold
 * Markdown already rendered and sanitised (src/lib/safe-markdown.ts); every other string is text.
 */

/** A constraint shown next to a type, e.g. `{ label: 'maxLength', value: '64' }`. */
export const apiConstraintSchema = z.object({
  label: z.string(),
  value: z.string(),
});

/** One node of a schema tree: a type with its constraints, nested properties and variants. */
export const apiSchemaNodeSchema = z.object({
  /** The component it came from (`Pet` for `#/components/schemas/Pet`), when it has one. */
  name: z.string().optional(),
  /** The schema's own `title`. */
  title: z.string().optional(),
  /** JSON types without `null` (`['string']`, `['integer', 'string']`); empty means any. */
  types: z.array(z.string()),
  /** `null` is allowed: a 3.1 `type` array holding `null`, or 3.0 / Swagger `nullable: true`. */
  nullable: z.boolean(),
  /** `format`, e.g. `date-time`, `int64`, `binary`. */
  format: z.string().optional(),
  descriptionHtml: z.string().optional(),
  /** min/max, lengths, pattern, item and property counts, multipleOf, in spec order. */
  constraints: z.array(apiConstraintSchema),
  /** Allowed values as JSON literals (`"active"`, `3`, `null`). */
  enum: z.array(z.string()).optional(),
  /** `const` as a JSON literal. */
  const: z.string().optional(),
  /** `default` as a JSON literal. */
  default: z.string().optional(),
  /** `example` / `examples`, each pretty-printed JSON. */
  examples: z.array(z.string()),
  readOnly: z.boolean(),
  writeOnly: z.boolean(),
  deprecated: z.boolean(),
  /** Object properties in spec order. */
  get properties() {
    return z.array(apiPropertySchema).optional();
  },
  /** Array items. */
  get items() {
    return apiSchemaNodeSchema.optional();
  },
  /** `additionalProperties`: a schema, or `false` when extra keys are forbidden. */
  get additionalProperties() {
    return z.union([apiSchemaNodeSchema, z.literal(false)]).optional();
  },
  get allOf() {
    return z.array(apiSchemaNodeSchema).optional();
  },
  get oneOf() {
    return z.array(apiSchemaNodeSchema).optional();
  },
  get anyOf() {
    return z.array(apiSchemaNodeSchema).optional();
  },
  get not() {
    return apiSchemaNodeSchema.optional();
  },
  /** `discriminator.propertyName` of a oneOf/anyOf. */
  discriminator: z.string().optional(),
  /** Set when this node repeats one of its ancestors: the tree stops here. Holds its name. */
  recursive: z.string().optional(),
  /** Set when the tree was cut at the depth limit: nested details are left out. */
  truncated: z.boolean().optional(),
});

/** One property of an object schema. */
export const apiPropertySchema = z.object({
  name: z.string(),
  required: z.boolean(),
  get schema() {
    return apiSchemaNodeSchema;
  },
});

/** An example of a parameter or media type. */
export const apiExampleSchema = z.object({
  /** The key in an `examples` map, when it has one. */
  name: z.string().optional(),
  summary: z.string().optional(),
  descriptionHtml: z.string().optional(),
  /** Pretty-printed JSON, or the text itself for a string example. */
  value: z.string().optional(),
  /** `externalValue`, only when it is an http(s) URL. */
  externalUrl: z.string().optional(),
});

/** Where a parameter goes. Swagger 2.0 `body` and `formData` become request bodies instead. */
export const apiParameterLocation = z.enum(['path', 'query', 'header', 'cookie']);

/** One operation parameter (or a response header). */
export const apiParameterSchema = z.object({
  name: z.string(),
  in: apiParameterLocation,
  required: z.boolean(),
  deprecated: z.boolean(),
  descriptionHtml: z.string().optional(),
  /** `style` / `collectionFormat` when given, e.g. `form`, `csv`. */
  style: z.string().optional(),
  schema: apiSchemaNodeSchema.optional(),
  examples: z.array(apiExampleSchema),
});

/** The parameters of one location, for a table per location. */
export const apiParameterGroupSchema = z.object({
  in: apiParameterLocation,
  parameters: z.array(apiParameterSchema),
});

/** One media type of a request or response body. */
export const apiMediaTypeSchema = z.object({
  /** e.g. `application/json`. */
  type: z.string(),
  schema: apiSchemaNodeSchema.optional(),
  examples: z.array(apiExampleSchema),
});

/** A request body. */
export const apiRequestBodySchema = z.object({
  required: z.boolean(),
  descriptionHtml: z.string().optional(),
  content: z.array(apiMediaTypeSchema),
});

/** A response link (OpenAPI 3.x): how a value of this response feeds another operation. */
export const apiResponseLinkSchema = z.object({
  name: z.string(),
  /** The `operationId` it names, or the `operationRef` as written. */
  operationId: z.string().optional(),
  operationRef: z.string().optional(),
  /** The anchor of the linked operation when it is on this page. */
  anchor: z.string().optional(),
  /** Parameter name -> runtime expression or value, as JSON text for non-strings. */
  parameters: z.array(z.object({ name: z.string(), value: z.string() })),
  requestBody: z.string().optional(),
  descriptionHtml: z.string().optional(),
});

/** One response of an operation. */
export const apiResponseSchema = z.object({
  /** `200`, `4XX` or `default`. */
  status: z.string(),
  descriptionHtml: z.string().optional(),
  headers: z.array(apiParameterSchema),
  content: z.array(apiMediaTypeSchema),
  links: z.array(apiResponseLinkSchema),
});

/** One scheme of a security requirement, with the scopes (or roles) it needs. */
export const apiSecurityUseSchema = z.object({
  /** The key of the scheme in `components/securitySchemes` (`securityDefinitions` in Swagger 2.0). */
  scheme: z.string(),
  scopes: z.array(z.string()),
});

/**
 * Security requirements: any one alternative is enough; all schemes of an alternative are needed
 * together. An empty alternative means "no authentication" is one of the choices.
 */
export const apiSecuritySchema = z.array(z.array(apiSecurityUseSchema));

/** One OAuth 2 flow of a security scheme. */
export const apiOAuthFlowSchema = z.object({
  /** `implicit`, `password`, `clientCredentials`, `authorizationCode` (Swagger 2.0: `application`, `accessCode`). */
  flow: z.string(),
  authorizationUrl: z.string().optional(),
  tokenUrl: z.string().optional(),
  refreshUrl: z.string().optional(),
  scopes: z.array(z.object({ name: z.string(), description: z.string() })),
});

/** A security scheme the API declares. */
export const apiSecuritySchemeSchema = z.object({
  /** Its key, which requirements name. */
  name: z.string(),
  /** The anchor of its entry on the page. */
  anchor: z.string(),
  /** `http`, `apiKey`, `oauth2`, `openIdConnect`, `mutualTLS` (Swagger 2.0: `basic`). */
  type: z.string(),
  descriptionHtml: z.string().optional(),
  /** `http`: the scheme (`bearer`, `basic`...) and the bearer token format. */
  scheme: z.string().optional(),
  bearerFormat: z.string().optional(),
  /** `apiKey`: where the key goes and under which name. */
  in: z.string().optional(),
  parameterName: z.string().optional(),
  /** `openIdConnect`: the discovery URL (a link only when http(s)). */
  openIdConnectUrl: z.string().optional(),
  flows: z.array(apiOAuthFlowSchema),
});

/** One operation: a method on a path (or, for a webhook, on its name; for a callback, on its URL expression). */
export const apiOperationSchema = z.object({
  /** The anchor id on the page, unique per page: operationId slug or `<method>-<path slug>`. */
  anchor: z.string(),
  /** Upper case: `GET`, `POST`... */
  method: z.string(),
  path: z.string(),
  operationId: z.string().optional(),
  summary: z.string().optional(),
  descriptionHtml: z.string().optional(),
  deprecated: z.boolean(),
  /** All its tags; the page lists it under the first one. */
  tags: z.array(z.string()),
  /** Non-empty groups in the order path, query, header, cookie. */
  parameters: z.array(apiParameterGroupSchema),
  requestBody: apiRequestBodySchema.optional(),
  responses: z.array(apiResponseSchema),
  /** Who may call it: the operation's own `security`, else the spec's; absent when neither says. */
  security: apiSecuritySchema.optional(),
  /** Requests the API makes back when this operation is called, by callback name. */
  get callbacks() {
    return z.array(z.object({ name: z.string(), operations: z.array(apiOperationSchema) }));
  },
});

/** Operations under one tag, in spec order. */
export const apiTagSchema = z.object({
  name: z.string(),
  /** The section's anchor id, unique per page. */
  anchor: z.string(),
  descriptionHtml: z.string().optional(),
  operations: z.array(apiOperationSchema),
});

/** A server the API is served from. */
export const apiServerSchema = z.object({
  url: z.string(),
  /** The URL as a link target, only when it is absolute http(s) without variables. */
  href: z.string().optional(),
  descriptionHtml: z.string().optional(),
  variables: z.array(
    z.object({
      name: z.string(),
      default: z.string(),
      enum: z.array(z.string()).optional(),
      descriptionHtml: z.string().optional(),
    }),
  ),
});

/** A link with a label, kept only when its URL is http(s). */
export const apiLinkSchema = z.object({
  label: z.string(),
  href: z.string().optional(),
});

/** One API spec page. */
export const apiSpecSchema = z.object({
  /** File path relative to the content folder, e.g. `api/payments.yaml`. */
  file: z.string(),
  /** URL slug inside /api/, e.g. `payments` or `ml/inference`. */
  slug: z.string(),
  /** `OpenAPI 3.1.0` or `Swagger 2.0`. */
  specVersion: z.string(),
  title: z.string(),
  version: z.string(),
  /** 3.1 `info.summary`. */
  summary: z.string().optional(),
  descriptionHtml: z.string().optional(),
  /** `info.summary`, else the first paragraph of `info.description`, as plain text. */
  blurb: z.string(),
  termsOfService: apiLinkSchema.optional(),
  contact: z
    .object({ name: z.string().optional(), href: z.string().optional(), email: z.string().optional() })
    .optional(),
  license: apiLinkSchema.optional(),
  externalDocs: apiLinkSchema.optional(),
  servers: z.array(apiServerSchema),
  tags: z.array(apiTagSchema),
  operationCount: z.number().int(),
  /** OpenAPI 3.1 `webhooks`: requests the API sends, each named by its key (held in `path`). */
  webhooks: z.array(apiOperationSchema),
  securitySchemes: z.array(apiSecuritySchemeSchema),
});

export type ApiSchemaNode = z.infer<typeof apiSchemaNodeSchema>;
export type ApiProperty = z.infer<typeof apiPropertySchema>;
export type ApiExample = z.infer<typeof apiExampleSchema>;
export type ApiParameterLocation = z.infer<typeof apiParameterLocation>;
export type ApiParameter = z.infer<typeof apiParameterSchema>;
export type ApiParameterGroup = z.infer<typeof apiParameterGroupSchema>;
export type ApiMediaType = z.infer<typeof apiMediaTypeSchema>;
export type ApiRequestBody = z.infer<typeof apiRequestBodySchema>;
export type ApiResponse = z.infer<typeof apiResponseSchema>;
export type ApiResponseLink = z.infer<typeof apiResponseLinkSchema>;
export type ApiSecurity = z.infer<typeof apiSecuritySchema>;
export type ApiSecurityScheme = z.infer<typeof apiSecuritySchemeSchema>;
export type ApiOAuthFlow = z.infer<typeof apiOAuthFlowSchema>;
export type ApiOperation = z.infer<typeof apiOperationSchema>;
export type ApiTag = z.infer<typeof apiTagSchema>;
export type ApiServer = z.infer<typeof apiServerSchema>;
export type ApiLink = z.infer<typeof apiLinkSchema>;
export type ApiSpec = z.infer<typeof apiSpecSchema>;
