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
