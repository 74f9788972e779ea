import { jwtVerify, SignJWT, errors as joseErrors } from 'jose';
import { isPartnerScope } from '@pfdo/contracts';
import { Caller, Identity, isRole } from './identity';
import { currentRequestId } from './request-scope';

const ISSUER = 'pfdo-gateway';
const AUDIENCE = 'pfdo-subgraphs';
const ALGORITHM = 'HS256';

/** The header in which the gateway sends its credential to a subgraph. */
export const CREDENTIAL_HEADER = 'x-pfdo-credential';

/** Short enough that a leaked credential is useless by the time anyone could replay it. */
export const CREDENTIAL_TTL_SECONDS = 60;

export class InvalidCredentialError extends Error {}

function keyOf(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/** Mints the short-lived credential that carries the caller to one subgraph request. */
export async function mintCredential(
  caller: Caller,
  secret: string,
  ttlSeconds: number = CREDENTIAL_TTL_SECONDS,
): Promise<string> {
  const { identity } = caller;
  const jwt = new SignJWT({
    ip: caller.clientIp,
    rid: caller.requestId,
    ...(caller.sessionId && { sid: caller.sessionId }),
    ...(caller.service && { svc: caller.service }),
    ...(identity && {
      role: identity.role,
      name: identity.fullName,
      login: identity.login,
      org: identity.organizationId,
      mun: identity.municipalityId,
      pd: identity.canViewPersonalData,
      conf: identity.canConfirmApplications,
      ...(identity.scopes && { scp: identity.scopes }),
    }),
  })
    .setProtectedHeader({ alg: ALGORITHM })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`);
  if (identity) jwt.setSubject(identity.userId);
  return jwt.sign(keyOf(secret));
}

/** Verifies a credential minted by the gateway; throws InvalidCredentialError otherwise. */
export async function verifyCredential(token: string, secret: string): Promise<Caller> {
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: [ALGORITHM],
      requiredClaims: ['exp', 'iat'],
      maxTokenAge: `${CREDENTIAL_TTL_SECONDS + 5}s`,
      clockTolerance: 5,
    });
    let identity: Identity | null = null;
    if (payload.sub !== undefined) {
      if (!isRole(payload.role)) throw new InvalidCredentialError('unknown role');
      identity = {
        userId: payload.sub,
        role: payload.role,
        fullName: typeof payload.name === 'string' ? payload.name : '',
        login: typeof payload.login === 'string' ? payload.login : '',
        organizationId: typeof payload.org === 'string' ? payload.org : null,
        municipalityId: typeof payload.mun === 'string' ? payload.mun : null,
        canViewPersonalData: payload.pd === true,
        canConfirmApplications: payload.conf === true,
      };
      if (identity.role === 'PARTNER') {
        identity.scopes = Array.isArray(payload.scp) ? payload.scp.filter(isPartnerScope) : [];
      }
    }
    return {
      identity,
      clientIp: typeof payload.ip === 'string' ? payload.ip : '',
      requestId: typeof payload.rid === 'string' ? payload.rid : '',
      sessionId: typeof payload.sid === 'string' ? payload.sid : null,
      service: typeof payload.svc === 'string' ? payload.svc : null,
    };
  } catch (error) {
    if (error instanceof InvalidCredentialError) throw error;
    if (error instanceof joseErrors.JOSEError) throw new InvalidCredentialError(error.code);
    throw new InvalidCredentialError(String(error));
  }
}

/**
 * The credential one subgraph presents to another's internal routes, e.g. to deliver an event. It carries
 * the id of the request whose work makes the call, so that the receiver's lines name it too.
 */
export function mintServiceCredential(service: string, secret: string): Promise<string> {
  const requestId = currentRequestId() ?? '';
  return mintCredential({ identity: null, clientIp: '', requestId, sessionId: null, service }, secret);
}
