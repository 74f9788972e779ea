import { Caller } from '@pfdo/platform/credential';
import type { ResolvedPartner } from './partner-keys';
import type { PartnerBudget } from './partner-limits';

/** A partner's call in progress: its key, its limits, and what this request has used of them. */
export interface PartnerCall {
  keyId: string;
  limits: ResolvedPartner['limits'];
  requests: PartnerBudget;
  /** The operation's cost, once known (partner-plugin.ts). */
  cost?: number;
  costBudget?: PartnerBudget;
}

/** The gateway's per-request state: the caller it forwards, and what the response must do to the cookie. */
export interface GatewayContext {
  caller: Caller;
  /** Set when a subgraph opened (a token) or closed (null) the session during this request. */
  sessionChange?: { token: string } | { token: null };
  /** Set when the caller is a partner's API key (README, «Partners»). */
  partner?: PartnerCall;
}
