import { domainError, ErrorCode } from '@pfdo/platform';
import { REGION_TIME_ZONE } from '@pfdo/platform/services';

/** Refusals of this subgraph, each with a stable code and a message for people. */
export const CertificatesErrorCode = {
  DocumentRequired: 'DOCUMENT_REQUIRED',
  ApplicationExists: 'APPLICATION_EXISTS',
  DuplicateCertificate: 'DUPLICATE_CERTIFICATE',
  AgeNotEligible: 'AGE_NOT_ELIGIBLE',
  EmailNotConfirmed: 'EMAIL_NOT_CONFIRMED',
  CertificateAlreadyIssued: 'CERTIFICATE_ALREADY_ISSUED',
  GroupNotAvailable: 'GROUP_NOT_AVAILABLE',
} as const;

export const childNotFound = () => domainError(ErrorCode.NotFound, 'Ребёнок не найден', { field: 'childId' });
export const applicationNotFound = () =>
  domainError(ErrorCode.NotFound, 'Заявка не найдена', { field: 'applicationId' });

export { invalidFields } from '@pfdo/platform';

export function formatRegionDate(date: Date): string {
  return new Intl.DateTimeFormat('ru-RU', {
    timeZone: REGION_TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(date);
}
