import { registerEnumType } from 'type-graphql';
import { Queryable } from '../cabinet/certificate-money';

/** «НАСТРОЙКИ ПОЛЬЗОВАТЕЛЯ»: how a provider may file a request on the holder's behalf (seed 002). */
export enum ProtectionMode {
  /** Not chosen: the weakest the seed describes applies, the child's full name (as FULL_NAME). */
  NONE = 'NONE',
  ENROLLMENT_FORBIDDEN = 'ENROLLMENT_FORBIDDEN',
  FULL_NAME = 'FULL_NAME',
  CODE_PHRASE = 'CODE_PHRASE',
}

registerEnumType(ProtectionMode, {
  name: 'ProtectionMode',
  description: 'Способ защиты сертификата: подтверждение присутствия при подаче заявки по инициативе организации',
  valuesConfig: {
    NONE: { description: 'Не выбран: организации достаточно номера сертификата и ФИО ребёнка' },
    ENROLLMENT_FORBIDDEN: { description: '«Запись запрещена»: заявки только из личного кабинета сертификата' },
    FULL_NAME: { description: '«Подтверждение по ФИО»: номер сертификата и ФИО ребёнка' },
    CODE_PHRASE: { description: '«Подтверждение по кодовой фразе»: только в присутствии владельца' },
  },
});

/** What a provider's request must carry under the mode: nothing (refused), the child's full name, or the phrase. */
export function demandOf(mode: ProtectionMode): 'REFUSED' | 'FULL_NAME' | 'CODE_PHRASE' {
  if (mode === ProtectionMode.ENROLLMENT_FORBIDDEN) return 'REFUSED';
  return mode === ProtectionMode.CODE_PHRASE ? 'CODE_PHRASE' : 'FULL_NAME';
}

export interface Protection {
  mode: ProtectionMode;
  codePhraseHash: string | null;
  changedAt: Date | null;
}

export const NO_PROTECTION: Protection = { mode: ProtectionMode.NONE, codePhraseHash: null, changedAt: null };

/** The certificate's protection (NONE when the holder never chose one). */
export async function findProtection(queryable: Queryable, certificateId: string): Promise<Protection> {
  const [row]: Array<{ mode: ProtectionMode; code_phrase_hash: string | null; changed_at: Date }> =
    await queryable.query(
      `SELECT mode, code_phrase_hash, changed_at FROM navigator.certificate_protection WHERE certificate_id = $1`,
      [certificateId],
    );
  return row ? { mode: row.mode, codePhraseHash: row.code_phrase_hash, changedAt: row.changed_at } : NO_PROTECTION;
}

/**
 * A code phrase as it is said aloud at the provider's desk: case, ё/е and extra spaces do not count, so that
 * the holder is not refused for a capital letter he cannot pronounce.
 */
export function normalizedPhrase(phrase: string): string {
  return phrase.toLowerCase().replace(/ё/g, 'е').replace(/\s+/gu, ' ').trim();
}
