import { domainError, ErrorCode, forbidden, Identity, invalidFields, isUuid } from '@pfdo/platform';

/**
 * Whose group settings an operator keeps: a municipal registry operator his municipality's, the regional
 * operator any municipality's he names. Checked in the service before anything is read or written.
 */
export function settingsMunicipalityOf(identity: Identity | null, named: string | null | undefined): string {
  if (identity?.role === 'MUNICIPAL_OPERATOR' && identity.municipalityId) {
    if (named && named !== identity.municipalityId) throw forbidden();
    return identity.municipalityId;
  }
  if (identity?.role === 'REGIONAL_OPERATOR') {
    if (!named || !isUuid(named)) throw invalidFields({ municipalityId: 'Выберите муниципалитет' });
    return named;
  }
  throw forbidden();
}

/** Whether the operator keeps a setting of this municipality. */
export function keepsSettingsOf(identity: Identity | null, municipalityId: string): boolean {
  if (identity?.role === 'REGIONAL_OPERATOR') return true;
  return identity?.role === 'MUNICIPAL_OPERATOR' && identity.municipalityId === municipalityId;
}

/** Another municipality's setting, or none: the same answer, so that ids of others tell nothing. */
export const groupSettingNotFound = () => domainError(ErrorCode.NotFound, 'Группа сертификатов не найдена');
