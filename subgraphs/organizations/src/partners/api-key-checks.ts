import {
  isPartnerScope,
  MUNICIPAL_SCOPES,
  PARTNER_DEFAULT_LIMITS,
  PARTNER_LIMIT_BOUNDS,
  PartnerScope,
} from '@pfdo/contracts';
import { domainError, ErrorCode, Identity, invalidFields } from '@pfdo/platform';
import { REGION_TIME_ZONE } from '@pfdo/platform/services';

/** Defaults per key and their bounds (README, «Partners»), shared with the developer portal. */
export const DEFAULT_LIMITS = PARTNER_DEFAULT_LIMITS;
export const LIMIT_BOUNDS = PARTNER_LIMIT_BOUNDS;
export const MAX_VALIDITY_DAYS = 731;
export const DEFAULT_OVERLAP_DAYS = 7;
export const MAX_OVERLAP_DAYS = 30;

export interface ApiKeyValues {
  name: string;
  partnerName: string;
  scopes: string[];
  municipalityId?: string | null;
  organizationId?: string | null;
  expiresOn: string;
  requestsPerMinute?: number | null;
  costPerMinute?: number | null;
}

export interface CheckedApiKey {
  name: string;
  partnerName: string;
  scopes: PartnerScope[];
  expiresAt: Date;
  requestsPerMinute: number;
  costPerMinute: number;
}

/** The end of a region's calendar day (UTC+7, no daylight saving: docs/decisions/0013). */
function endOfRegionDay(day: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) return null;
  const end = new Date(`${day}T23:59:59.999+07:00`);
  // 2026-02-31 parses as a day in March: refuse it.
  const roundTrip = new Intl.DateTimeFormat('en-CA', { timeZone: REGION_TIME_ZONE }).format(end);
  return roundTrip === day ? end : null;
}

/** Every problem of the form at once, by field; nothing is checked against the database here. */
export function checkApiKey(values: ApiKeyValues, now: Date): CheckedApiKey {
  const problems: Record<string, string> = {};
  const name = values.name.trim();
  const partnerName = values.partnerName.trim();
  if (!name) problems.name = 'Укажите название ключа';
  if (!partnerName) problems.partnerName = 'Укажите организацию-партнёра';
  const scopes = [...new Set(values.scopes)].filter(isPartnerScope);
  if (scopes.length === 0) problems.scopes = 'Выберите хотя бы одно право';
  const expiresAt = endOfRegionDay(values.expiresOn);
  const latest = now.getTime() + MAX_VALIDITY_DAYS * 86_400_000;
  if (!expiresAt || expiresAt.getTime() <= now.getTime() || expiresAt.getTime() > latest) {
    problems.expiresOn = 'Укажите дату окончания действия: не раньше завтрашнего дня и не позже чем через два года';
  }
  const limit = (field: keyof typeof LIMIT_BOUNDS, label: string): number => {
    const value = values[field] ?? DEFAULT_LIMITS[field];
    const { min, max } = LIMIT_BOUNDS[field];
    if (!Number.isInteger(value) || value < min || value > max) problems[field] = `${label}: от ${min} до ${max}`;
    return value;
  };
  const requestsPerMinute = limit('requestsPerMinute', 'Запросов в минуту');
  const costPerMinute = limit('costPerMinute', 'Стоимость запросов в минуту');
  if (Object.keys(problems).length > 0) throw invalidFields(problems);
  return { name, partnerName, scopes, expiresAt: expiresAt!, requestsPerMinute, costPerMinute };
}

/**
 * The municipality a key is bound to: a municipal operator's own (he may name no other); the regional
 * operator's choice, required when a scope reads one municipality's registry records.
 */
export function municipalityOfKey(
  identity: Identity,
  scopes: PartnerScope[],
  chosen: string | null | undefined,
): string | null {
  if (identity.role === 'MUNICIPAL_OPERATOR') {
    if (chosen && chosen !== identity.municipalityId) {
      throw domainError(ErrorCode.ApiKeyMunicipalityRequired, 'Оператор выпускает ключи только своего муниципалитета', {
        field: 'municipalityId',
      });
    }
    return identity.municipalityId;
  }
  if (!chosen && scopes.some((scope) => MUNICIPAL_SCOPES.has(scope))) {
    throw domainError(ErrorCode.ApiKeyMunicipalityRequired, 'Для прав на сертификаты и заявки выберите муниципалитет', {
      field: 'municipalityId',
    });
  }
  return chosen ?? null;
}

export function checkOverlapDays(days: number): number {
  if (!Number.isInteger(days) || days < 0 || days > MAX_OVERLAP_DAYS) {
    throw invalidFields({ overlapDays: `Период замены: от 0 до ${MAX_OVERLAP_DAYS} дней` });
  }
  return days;
}

/** The kind of organization a scope acts for (README, «Partners»): its applications, or its contracts. */
const ORGANIZATION_KIND_OF_SCOPE: Partial<Record<PartnerScope, 'RECEPTION' | 'PROVIDER'>> = {
  'applications:read': 'RECEPTION',
  'applications:write': 'RECEPTION',
  'contracts:read': 'PROVIDER',
};

/**
 * The kind of organization the key must name, or null when its scopes need none. A key acts for one
 * organization: applications and contracts on one key are refused.
 */
export function organizationKindOfKey(scopes: readonly PartnerScope[]): 'RECEPTION' | 'PROVIDER' | null {
  const kinds = new Set(scopes.map((scope) => ORGANIZATION_KIND_OF_SCOPE[scope]).filter((kind) => kind !== undefined));
  if (kinds.size > 1) {
    throw domainError(
      ErrorCode.ApiKeyOrganizationRequired,
      'Права на заявки (организация по приёму заявлений) и на договоры (поставщик) выдаются разными ключами',
      { field: 'scopes' },
    );
  }
  return [...kinds][0] ?? null;
}
