import { type PartnerScope, ROLES, type Role } from '@pfdo/contracts';

/** Roles of docs/domain.md §3, defined once in the contracts (a session's identity carries them). */
export { ROLES, type Role };

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Who is calling, as the gateway established it and forwards it to every subgraph. */
export interface Identity {
  userId: string;
  role: Role;
  /** ФИО or the account's name, as the application form prints the applicant. */
  fullName: string;
  /** The sign-in login: for staff, their organization's e-mail, where its mail goes. */
  login: string;
  organizationId: string | null;
  municipalityId: string | null;
  canViewPersonalData: boolean;
  canConfirmApplications: boolean;
  /**
   * A PARTNER's scopes (its API key's; README, «Partners»); absent for everyone else. A partner's `userId` is
   * its key's id, `fullName` the partner organization's name, `login` the key's visible prefix.
   */
  scopes?: readonly PartnerScope[];
}

/** What a subgraph knows about one request: the caller (null when anonymous) and where it came from. */
export interface Caller {
  identity: Identity | null;
  clientIp: string;
  requestId: string;
  /** The signed-in session's id (the hash of its cookie token), so that `logout` can end it. */
  sessionId: string | null;
  /** Set when another subgraph calls on its own behalf (outbox deliveries), never by the gateway. */
  service?: string | null;
}
