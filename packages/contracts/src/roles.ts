/** The roles of docs/domain.md §3: who a caller is, as sessions, credentials and routes carry it. */
export const ROLES = [
  'CITIZEN',
  'CERTIFICATE_HOLDER',
  'ORG_OPERATOR',
  'PROVIDER',
  'MUNICIPAL_OPERATOR',
  'REGIONAL_OPERATOR',
  'PARTNER',
] as const;

export type Role = (typeof ROLES)[number];
