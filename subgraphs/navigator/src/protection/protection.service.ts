import { hashPassword, invalidFields } from '@pfdo/platform';
import { ProtectionSnapshot, writeAudit } from '../audit/audit';
import { requireRegisteredCopy } from '../certificates/registered-copy';
import { NavigatorContext } from '../context';
import { notifyHolder } from '../notifications/certificate-notification';
import { findProtection, normalizedPhrase, Protection, ProtectionMode } from './protection-mode';
import { CertificateProtection } from './protection.type';

export const MIN_CODE_PHRASE = 6;
export const MAX_CODE_PHRASE = 100;

const protectionOf = (protection: Protection): CertificateProtection =>
  Object.assign(new CertificateProtection(), {
    mode: protection.mode,
    codePhraseSet: protection.codePhraseHash !== null,
    changedAt: protection.changedAt,
  });

const snapshotOf = (protection: Protection): ProtectionSnapshot => ({
  mode: protection.mode,
  codePhraseSet: protection.codePhraseHash !== null,
});

/** The holder's own protection mode (his account's id is his certificate's). */
export async function myCertificateProtection(context: NavigatorContext): Promise<CertificateProtection> {
  return protectionOf(await findProtection(context.dataSource, context.identity!.userId));
}

/** The code phrase's checks; null when none was given. */
function checkedPhrase(codePhrase: string | null | undefined): string | null {
  if (codePhrase === null || codePhrase === undefined || codePhrase.trim() === '') return null;
  const phrase = normalizedPhrase(codePhrase);
  if (phrase.length < MIN_CODE_PHRASE || phrase.length > MAX_CODE_PHRASE) {
    throw invalidFields({ codePhrase: `Кодовая фраза — от ${MIN_CODE_PHRASE} до ${MAX_CODE_PHRASE} символов` });
  }
  return phrase;
}

/**
 * «НАСТРОЙКИ ПОЛЬЗОВАТЕЛЯ» → the protection mode (the holder only, of his own certificate). «Подтверждение по
 * кодовой фразе» needs a phrase the first time (later one may be given to change it); the phrase is hashed with
 * the platform's password hashing (salted scrypt) before the transaction, and never kept nor logged as typed. In
 * one transaction, with the certificate's copy locked (a provider's request checks the mode under the same lock):
 * the mode written, audited and told in the feed. Choosing what is already set changes nothing.
 */
export async function setCertificateProtection(
  context: NavigatorContext,
  mode: ProtectionMode,
  codePhrase: string | null | undefined,
): Promise<CertificateProtection> {
  const certificateId = context.identity!.userId;
  const phrase = checkedPhrase(codePhrase);
  if (phrase !== null && mode !== ProtectionMode.CODE_PHRASE) {
    throw invalidFields({ codePhrase: 'Кодовая фраза нужна только для способа «Подтверждение по кодовой фразе»' });
  }
  const newHash = phrase === null ? null : await hashPassword(phrase);
  const now = context.now();
  await context.dataSource.transaction(async (manager) => {
    await requireRegisteredCopy(manager, certificateId, 'настройки пока недоступны', { lock: true });
    const before = await findProtection(manager, certificateId);
    const hash = mode === ProtectionMode.CODE_PHRASE ? (newHash ?? before.codePhraseHash) : null;
    if (mode === ProtectionMode.CODE_PHRASE && hash === null) {
      throw invalidFields({ codePhrase: 'Укажите кодовую фразу' });
    }
    if (before.mode === mode && newHash === null) return;
    await manager.query(
      `INSERT INTO navigator.certificate_protection (certificate_id, mode, code_phrase_hash, changed_at)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (certificate_id) DO UPDATE SET mode = $2, code_phrase_hash = $3, changed_at = $4`,
      [certificateId, mode, hash, now],
    );
    const after: Protection = { mode, codePhraseHash: hash, changedAt: now };
    await writeAudit(manager, context.caller, {
      action: 'PROTECTION_MODE_CHANGED',
      subjectId: certificateId,
      before: snapshotOf(before),
      after: { ...snapshotOf(after), codePhraseChanged: newHash !== null },
    });
    await notifyHolder(manager, certificateId, { kind: 'PROTECTION_CHANGED', details: { mode } });
  });
  return myCertificateProtection(context);
}
