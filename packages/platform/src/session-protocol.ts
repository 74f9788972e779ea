import { sessionResolveRoute } from '@pfdo/contracts';

/**
 * How the organizations subgraph and the gateway hand a session over. The subgraph opens and closes
 * sessions; the gateway alone turns them into the browser's cookie and back into an identity.
 */

/** Response header from the subgraph after `login`: the new session's token, for the cookie. */
export const SESSION_OPEN_HEADER = 'x-pfdo-session-open';
/** Response header from the subgraph after `logout`: clear the cookie. */
export const SESSION_CLOSE_HEADER = 'x-pfdo-session-close';
/**
 * Response header from the subgraph after a change that ended a user's sessions (a password changed or reset, an
 * account blocked): the user's id. The gateway that carried the change looks that user's sessions up afresh from
 * its next request on; the other gateways learn it from SESSION_REVOKED_CHANNEL a moment later.
 */
export const SESSIONS_ENDED_HEADER = 'x-pfdo-sessions-ended';
/** The organizations subgraph's route that turns a session token into an identity. */
export const SESSION_RESOLVE_PATH = sessionResolveRoute.path;
/**
 * The PostgreSQL channel on which the organizations database announces, at the commit that does it, a
 * session that ended (`s:<session id>`) or a user whose sessions must be looked up afresh (`u:<user id>`:
 * blocked, password or rights changed, deleted). Gateways that cache resolved sessions listen on it.
 */
export const SESSION_REVOKED_CHANNEL = 'pfdo_session_revoked';

/**
 * Sent by the organizations subgraph with the answer to a mutation that ended a partner's API key (revoked,
 * or rotated without overlap): the key's id. The gateway that carried the mutation drops the key from its
 * cache before answering; the others hear the row's trigger on SESSION_REVOKED_CHANNEL.
 */
export const API_KEY_ENDED_HEADER = 'x-pfdo-api-key-ended';
