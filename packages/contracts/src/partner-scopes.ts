/**
 * What a partner's API key may do (README, «Partners»): each scope opens a few root fields at the gateway and
 * the matching rules in the subgraphs' shields. A key carries one or more; `certificates:read` needs the
 * municipality whose certificates it reads.
 */
export const PARTNER_SCOPES = [
  'catalogue:read',
  'certificates:read',
  'applications:read',
  'applications:write',
  'contracts:read',
] as const;

export type PartnerScope = (typeof PARTNER_SCOPES)[number];

/** Scopes that read or change one municipality's registry records: the key names that municipality. */
export const MUNICIPAL_SCOPES: ReadonlySet<PartnerScope> = new Set([
  'certificates:read',
  'applications:read',
  'applications:write',
]);

export function isPartnerScope(value: unknown): value is PartnerScope {
  return typeof value === 'string' && (PARTNER_SCOPES as readonly string[]).includes(value);
}

/**
 * The navigator's public catalogue («НАВИГАТОР»): anonymous visitors and every key with `catalogue:read` read it.
 */
export const CATALOGUE_ROOT_FIELDS = [
  'catalogue',
  'catalogueProgram',
  'catalogueProviders',
  'catalogueProvider',
  'catalogueMunicipalities',
  'catalogueMap',
] as const;

/**
 * The root fields each scope opens (the gateway refuses any other before planning, SCOPE_MISSING); the
 * subgraphs' shields check the same scopes on every type. The developer portal lists this table.
 */
export const PARTNER_SCOPE_ROOT_FIELDS: Record<PartnerScope, Record<'query' | 'mutation', readonly string[]>> = {
  'catalogue:read': { query: CATALOGUE_ROOT_FIELDS, mutation: [] },
  'certificates:read': { query: ['certificateRegister', 'certificate'], mutation: [] },
  'applications:read': { query: ['applicationRegister', 'application'], mutation: [] },
  'applications:write': { query: [], mutation: ['createApplication'] },
  'contracts:read': { query: ['providerContracts', 'contract'], mutation: [] },
};

/** A key's limits per minute when the operator sets none (README, «Partners»): the web's costliest page costs 650. */
export const PARTNER_DEFAULT_LIMITS = { requestsPerMinute: 120, costPerMinute: 20_000 } as const;

/** The limits an operator may give a key. */
export const PARTNER_LIMIT_BOUNDS = {
  requestsPerMinute: { min: 1, max: 6_000 },
  costPerMinute: { min: 1_000, max: 1_000_000 },
} as const;

/**
 * What one GraphQL request may ask of the gateway (gateway/src/query-limits.ts), checked before any planning; the
 * developer portal lists them. The figures are measured on the web app's operations
 * (`node gateway/bench/query-limits.bench.js`): the deepest is 8 levels, the costliest 650, the longest 130 tokens.
 */
export const GATEWAY_QUERY_LIMITS = {
  /** Nesting of fields, fragments flattened: the web's deepest is 8; room for a partner's nested lists. */
  depth: 12,
  /** Aliases in one operation: the web uses none; a partner comparing a few records side by side fits. */
  aliases: 15,
  /** Directives in one operation (`@include`, `@skip`): the web uses none. */
  directives: 20,
  /** Lexical tokens of the whole document: the web's longest has 130, introspection under 200. */
  tokens: 2_000,
  /** Armor's cost (objects 2, scalars 1, ×1.5 per level, × a literal `first`): the web's costliest is 650. */
  cost: 5_000,
} as const;
