import { EntityManager } from 'typeorm';
import { domainError, ErrorCode, invalidFields } from '@pfdo/platform';
import { writeAudit } from '../audit/audit';
import { requireRegisteredCopy } from '../certificates/registered-copy';
import { NavigatorContext } from '../context';
import { HolderSettings, HolderSettingsInput } from './holder-settings.type';

/**
 * The rules of personal-data processing the holder agrees to (seed 002 §8, «Ознакомьтесь с правилами обработки
 * персональных данных … и поставьте отметку о согласии с ними»); their text is the web's page
 * `/navigator/settings/personal-data-rules`. A new edition changes this version: consent to an older one no longer
 * lets the navigator use the address.
 */
export const PERSONAL_DATA_RULES_VERSION = '2026-11-30';

/**
 * Kemerovo oblast's bounding box: a point outside it is a slip of the map (the catalogue is the region's).
 * The region spans about 52.1–56.9° N and 84.4–89.5° E.
 */
const REGION = { minLatitude: 52, maxLatitude: 57, minLongitude: 84, maxLongitude: 90 };

export const MAX_REPRESENTATIVE_NAME = 300;
export const MAX_ADDRESS = 500;

export interface SettingsRow {
  representative_name: string;
  representative_phone: string;
  address: string;
  latitude: number | null;
  longitude: number | null;
  pd_rules_version: string | null;
  pd_consent_at: Date | null;
}

const EMPTY: SettingsRow = {
  representative_name: '',
  representative_phone: '',
  address: '',
  latitude: null,
  longitude: null,
  pd_rules_version: null,
  pd_consent_at: null,
};

export async function findSettingsRow(manager: EntityManager, certificateId: string, lock = false) {
  const [row]: SettingsRow[] = await manager.query(
    `SELECT representative_name, representative_phone, address, latitude, longitude, pd_rules_version, pd_consent_at
       FROM navigator.holder_settings WHERE certificate_id = $1${lock ? ' FOR UPDATE' : ''}`,
    [certificateId],
  );
  return row ?? EMPTY;
}

const settingsOf = (row: SettingsRow): HolderSettings =>
  Object.assign(new HolderSettings(), {
    representativeName: row.representative_name,
    representativePhone: row.representative_phone,
    address: row.address,
    latitude: row.latitude,
    longitude: row.longitude,
    personalDataRulesVersion: PERSONAL_DATA_RULES_VERSION,
    personalDataConsentVersion: row.pd_rules_version,
    personalDataConsentAt: row.pd_consent_at,
    personalDataConsentCurrent: row.pd_rules_version === PERSONAL_DATA_RULES_VERSION,
  });

export async function myHolderSettings(context: NavigatorContext): Promise<HolderSettings> {
  return settingsOf(await findSettingsRow(context.dataSource.manager, context.identity!.userId));
}

/** «+7 (905) 123-45-67», «8 905 1234567»: 10 or 11 digits with the usual separators; empty means none. */
function checkedPhone(phone: string): string | null {
  const trimmed = phone.trim();
  if (trimmed === '') return '';
  if (!/^\+?[\d\s()-]+$/.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, '');
  return digits.length === 10 || digits.length === 11 ? trimmed : null;
}

const inRegion = (latitude: number, longitude: number) =>
  latitude >= REGION.minLatitude &&
  latitude <= REGION.maxLatitude &&
  longitude >= REGION.minLongitude &&
  longitude <= REGION.maxLongitude;

interface Place {
  address: string;
  latitude: number | null;
  longitude: number | null;
}

/** The convenient address: a place of study's (address and point), or the holder's words with a map point. */
async function checkedPlace(manager: EntityManager, input: HolderSettingsInput, fields: Record<string, string>) {
  if (input.placeId) {
    const [place]: Place[] = await manager.query(
      `SELECT address, latitude, longitude FROM navigator.places_of_study WHERE id = $1`,
      [input.placeId],
    );
    if (!place) fields.placeId = 'Такого места занятий нет в навигаторе: выберите из списка';
    return place ?? null;
  }
  const address = (input.address ?? '').trim();
  const { latitude = null, longitude = null } = input;
  if (address.length > MAX_ADDRESS) fields.address = `Адрес — не длиннее ${MAX_ADDRESS} символов`;
  if ((latitude === null) !== (longitude === null)) {
    fields.latitude = 'Выберите точку на карте целиком: широту и долготу';
  } else if (latitude !== null && longitude !== null && !inRegion(latitude, longitude)) {
    fields.latitude = 'Точка удобного адреса должна быть в Кемеровской области';
  } else if (latitude !== null && address === '') {
    fields.address = 'Укажите удобный адрес словами';
  }
  return { address, latitude, longitude };
}

/**
 * «Законный представитель и удобный адрес»: checked, then written with the previous row locked, audited (which
 * fields changed, never their values: the audit log is no second copy of personal data).
 */
export async function saveHolderSettings(
  context: NavigatorContext,
  input: HolderSettingsInput,
): Promise<HolderSettings> {
  const certificateId = context.identity!.userId;
  const fields: Record<string, string> = {};
  const name = input.representativeName.trim().replace(/\s+/g, ' ');
  if (name.length > MAX_REPRESENTATIVE_NAME) {
    fields.representativeName = `ФИО — не длиннее ${MAX_REPRESENTATIVE_NAME} символов`;
  }
  const phone = checkedPhone(input.representativePhone);
  if (phone === null) fields.representativePhone = 'Телефон — 10 или 11 цифр, например +7 905 123-45-67';
  const place = await checkedPlace(context.dataSource.manager, input, fields);
  if (Object.keys(fields).length > 0 || !place || phone === null) throw invalidFields(fields);
  const now = context.now();
  await context.dataSource.transaction(async (manager) => {
    await requireRegisteredCopy(manager, certificateId, 'настройки пока недоступны', { lock: true });
    const before = await findSettingsRow(manager, certificateId, true);
    const after = { ...before, representative_name: name, representative_phone: phone, ...placeColumns(place) };
    const changed = (Object.keys(after) as Array<keyof SettingsRow>).filter((key) => after[key] !== before[key]);
    if (changed.length === 0) return;
    await manager.query(
      `INSERT INTO navigator.holder_settings
         (certificate_id, representative_name, representative_phone, address, latitude, longitude, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (certificate_id) DO UPDATE SET representative_name = $2, representative_phone = $3,
         address = $4, latitude = $5, longitude = $6, updated_at = $7`,
      [certificateId, name, phone, place.address, place.latitude, place.longitude, now],
    );
    await writeAudit(manager, context.caller, {
      action: 'HOLDER_SETTINGS_CHANGED',
      subjectId: certificateId,
      after: { changed },
    });
  });
  return myHolderSettings(context);
}

const placeColumns = (place: Place) => ({
  address: place.address,
  latitude: place.latitude,
  longitude: place.longitude,
});

/**
 * The consent tick: the rules' version the holder read (the current one only; a page open since an older
 * edition must be reloaded) and the time, audited. Given again for the same version, nothing changes.
 */
export async function consentToPersonalDataRules(context: NavigatorContext, version: string): Promise<HolderSettings> {
  if (version !== PERSONAL_DATA_RULES_VERSION) {
    throw domainError(
      ErrorCode.PersonalDataRulesOutdated,
      'Правила обработки персональных данных обновились: откройте их заново, прочитайте и поставьте отметку',
    );
  }
  const certificateId = context.identity!.userId;
  const now = context.now();
  await context.dataSource.transaction(async (manager) => {
    await requireRegisteredCopy(manager, certificateId, 'настройки пока недоступны', { lock: true });
    const before = await findSettingsRow(manager, certificateId, true);
    if (before.pd_rules_version === version) return;
    await manager.query(
      `INSERT INTO navigator.holder_settings (certificate_id, pd_rules_version, pd_consent_at, updated_at)
       VALUES ($1, $2, $3, $3)
       ON CONFLICT (certificate_id) DO UPDATE SET pd_rules_version = $2, pd_consent_at = $3, updated_at = $3`,
      [certificateId, version, now],
    );
    await writeAudit(manager, context.caller, {
      action: 'PERSONAL_DATA_CONSENT_GIVEN',
      subjectId: certificateId,
      before: { version: before.pd_rules_version },
      after: { version },
    });
  });
  return myHolderSettings(context);
}
