import { Caller } from '@pfdo/platform/credential';

/** The gateway's per-request state: the caller it forwards, and what the response must do to the cookie. */
export interface GatewayContext {
  caller: Caller;
  /** Set when a subgraph opened (a token) or closed (null) the session during this request. */
  sessionChange?: { token: string } | { token: null };
}
