import { randomBytes, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { domainError } from '@pfdo/platform';
import {
  EmailErrorCode,
  hashToken,
  INVALID_LINK_MESSAGE,
  MAX_TOKEN_LENGTH,
} from '../confirmations/email-confirmation.service';

export type HolderLinkPurpose = 'CONFIRM' | 'RESET';

export interface HolderLinkRow {
  id: string;
  certificate_id: string;
  login: string;
  purpose: HolderLinkPurpose;
  email: string;
  status: 'PENDING' | 'USED' | 'SUPERSEDED';
  expires_at: Date;
}

/**
 * A new one-time link of the cabinet (the pending one of the same purpose superseded): 32 random bytes in
 * base64url, only its SHA-256 stored. Returns the token, which lives only in the e-mail queued with it.
 */
export async function createHolderLink(
  manager: EntityManager,
  link: { certificateId: string; login: string; purpose: HolderLinkPurpose; email: string; now: Date; ttlMs: number },
): Promise<{ token: string; expiresAt: Date }> {
  await manager.query(
    `UPDATE email.holder_links SET status = 'SUPERSEDED'
      WHERE certificate_id = $1 AND purpose = $2 AND status = 'PENDING'`,
    [link.certificateId, link.purpose],
  );
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(link.now.getTime() + link.ttlMs);
  await manager.query(
    `INSERT INTO email.holder_links (id, certificate_id, login, purpose, email, token_hash, status, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'PENDING', $7, $8)`,
    [randomUUID(), link.certificateId, link.login, link.purpose, link.email, hashToken(token), link.now, expiresAt],
  );
  return { token, expiresAt };
}

/**
 * The link of `token` for `purpose`, locked, if it can still be used; otherwise the refusal the citizen's
 * confirmation link gives (not found, already used, superseded by a newer one, expired).
 */
export async function usableHolderLink(
  manager: EntityManager,
  token: string,
  purpose: HolderLinkPurpose,
  now: Date,
): Promise<HolderLinkRow> {
  const [link]: HolderLinkRow[] =
    token.length <= MAX_TOKEN_LENGTH
      ? await manager.query(
          `SELECT id, certificate_id, login, purpose, email, status, expires_at
             FROM email.holder_links WHERE token_hash = $1 AND purpose = $2 FOR UPDATE`,
          [hashToken(token), purpose],
        )
      : [];
  if (!link) throw domainError(EmailErrorCode.NotFound, INVALID_LINK_MESSAGE);
  if (link.status === 'USED') {
    throw domainError(EmailErrorCode.AlreadyUsed, 'Эта ссылка уже использована: она активна только единожды');
  }
  if (link.status === 'SUPERSEDED') {
    throw domainError(
      EmailErrorCode.Superseded,
      'Эта ссылка устарела: мы отправили вам новое письмо, перейдите по ссылке из него',
    );
  }
  if (link.expires_at <= now) {
    throw domainError(EmailErrorCode.Expired, 'Срок действия ссылки истёк. Запросите новое письмо');
  }
  return link;
}

export async function markHolderLinkUsed(manager: EntityManager, id: string, now: Date): Promise<void> {
  await manager.query(`UPDATE email.holder_links SET status = 'USED', used_at = $2 WHERE id = $1`, [id, now]);
}
