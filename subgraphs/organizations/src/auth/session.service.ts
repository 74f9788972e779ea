import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Identity } from '@pfdo/platform';
import { UserEntity } from '../users/user.entity';
import { SessionEntity } from './session.entity';

/** How long a sign-in lasts. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function identityOf(user: UserEntity): Identity {
  return {
    userId: user.id,
    role: user.role,
    fullName: user.fullName,
    login: user.login,
    organizationId: user.organizationId,
    municipalityId: user.municipalityId,
    canViewPersonalData: user.canViewPersonalData,
    canConfirmApplications: user.canConfirmApplications,
  };
}

export class SessionService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Opens a session and returns its token: the only time the token exists outside the cookie. `manager`: within
   * a transaction of the caller's (a switch to a merged cabinet ends the old session in the same one).
   */
  async open(
    user: UserEntity,
    clientIp: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ token: string; sessionId: string }> {
    const token = randomBytes(32).toString('base64url');
    const sessionId = hashSessionToken(token);
    await manager.getRepository(SessionEntity).insert({
      tokenHash: sessionId,
      userId: user.id,
      expiresAt: new Date(Date.now() + SESSION_TTL_MS),
      clientIp,
    });
    return { token, sessionId };
  }

  /** The identity behind a session token, or null when the session is unknown or expired. */
  async resolve(token: string): Promise<{ identity: Identity; sessionId: string } | null> {
    const sessionId = hashSessionToken(token);
    // Asked on every request through the gateway: one statement, the session joined to its user.
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .innerJoin(SessionEntity, 'session', 'session.user_id = user.id')
      // A blocked account's sessions are deleted with the block; the condition keeps a race from reviving one.
      .where('session.token_hash = :sessionId AND session.expires_at > now() AND user.blocked_at IS NULL', {
        sessionId,
      })
      .getOne();
    return user ? { identity: identityOf(user), sessionId } : null;
  }

  async close(sessionId: string): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).delete({ tokenHash: sessionId });
  }
}
