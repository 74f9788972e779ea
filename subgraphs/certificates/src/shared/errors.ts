import { domainError, ErrorCode } from '@pfdo/platform';
import { REGION_TIME_ZONE } from '@pfdo/platform/services';

/** Refusals of this subgraph, each with a stable code and a message for people. */
export const CertificatesErrorCode = {
  DocumentRequired: ErrorCode.DocumentRequired,
  ApplicationExists: ErrorCode.ApplicationExists,
  DuplicateCertificate: ErrorCode.DuplicateCertificate,
  AgeNotEligible: ErrorCode.AgeNotEligible,
  EmailNotConfirmed: ErrorCode.EmailNotConfirmed,
  CertificateAlreadyIssued: ErrorCode.CertificateAlreadyIssued,
  GroupNotAvailable: ErrorCode.GroupNotAvailable,
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
