import { domainError, ErrorCode, Identity } from '@pfdo/platform';

/**
 * The checks a service makes before it writes, on what the shield cannot see: the municipality an input
 * names, or the one a loaded record belongs to. The shield's rules on a result's fields run after the
 * resolver, when the write is already committed; a refusal there hides the write but does not undo it.
 */

/**
 * An operator or reception organization acts in its own municipality only; the regional operator in any
 * (docs/domain.md §3).
 */
export function actsInMunicipality(identity: Identity, municipalityId: string | null | undefined): boolean {
  if (identity.role === 'REGIONAL_OPERATOR') return true;
  return !!municipalityId && !!identity.municipalityId && identity.municipalityId === municipalityId;
}

/** Refuses, before anything is written, an action the input places in another municipality. */
export function assertActsInMunicipality(identity: Identity, municipalityId: string): void {
  if (!actsInMunicipality(identity, municipalityId)) {
    throw domainError(ErrorCode.Forbidden, 'Организация и оператор реестра действуют только в своём муниципалитете', {
      field: 'municipalityId',
    });
  }
}

/**
 * Who reads every document's series and number in full: everyone the shield lets read a document, except a
 * reception organization without the right to personal data, which sees in full only what it entered itself.
 * A partner's system reads them as its municipality's operator with `certificates:read`; with `applications:*`
 * alone, as a reception organization without that right (README, «Partners»).
 */
export function seesDocumentNumbers(identity: Identity | null): boolean {
  if (identity?.role === 'PARTNER') return !!identity.scopes?.includes('certificates:read');
  return !!identity && !(identity.role === 'ORG_OPERATOR' && !identity.canViewPersonalData);
}

/**
 * A search by a document's series or number answers whether such a document exists, whatever the answer
 * masks: it is refused, before any query, to whoever may not see the numbers.
 */
export function assertMaySearchByDocument(
  identity: Identity,
  search: { documentSeries?: string | null; documentNumber?: string | null },
): void {
  const byDocument = !!search.documentSeries?.trim() || !!search.documentNumber?.trim();
  if (byDocument && !seesDocumentNumbers(identity)) {
    throw domainError(
      ErrorCode.Forbidden,
      'Поиск по серии и номеру документа доступен только организациям с правом просмотра персональных данных',
      { field: 'search' },
    );
  }
}
