import type { CabinetChild } from './use-cabinet-children';

/**
 * Where a child stands on the way to a certificate, i.e. which panel the application page shows:
 * `document` — no identity document yet («Предоставить документ»);
 * `email` — ready to apply («Отправить заявку»);
 * `unconfirmed` — the e-mail link has not been followed yet;
 * `confirmed` — «Получить сертификат»;
 * `certificate` — the certificate panel.
 */
export type ApplicationStep = 'document' | 'email' | 'unconfirmed' | 'confirmed' | 'certificate';

export function applicationStepOf(
  child: Pick<CabinetChild, 'certificate' | 'application' | 'documents'>,
): ApplicationStep {
  if (child.certificate) return 'certificate';
  const application = child.application;
  // A refused application, or one whose certificate is no longer live, leaves the way open to a new one.
  const open = application && application.status !== 'REFUSED' && !application.certificate;
  if (!open) return child.documents.length === 0 ? 'document' : 'email';
  // The application's status machine says whether the e-mail link is still to be followed.
  return application.allowedActions.includes('CONFIRM_EMAIL') ? 'unconfirmed' : 'confirmed';
}

/** «По заявке № … отказано», when the last application was refused by the registry. */
export function refusalOf(child: Pick<CabinetChild, 'application'>): string | null {
  const application = child.application;
  if (application?.status !== 'REFUSED') return null;
  const reason = application.refusalReason ? ` Причина: ${application.refusalReason}.` : '';
  return `По заявке № ${application.number} отказано.${reason}`;
}

/** One line about the child's certificate for the list of children. */
export function stepSummary(child: CabinetChild): string {
  const step = applicationStepOf(child);
  switch (step) {
    case 'certificate':
      return `Сертификат № ${child.certificate!.number}: ${child.certificate!.statusName}`;
    case 'unconfirmed':
      return `Заявка № ${child.application!.number} не подтверждена: подтвердите электронную почту по ссылке из письма`;
    case 'confirmed':
      return `Заявка № ${child.application!.number} подтверждена: можно получить сертификат`;
    default:
      return refusalOf(child) ?? 'Сертификата нет';
  }
}

export const childPaths = {
  application: (childId: string) => `/cabinet/children/${childId}/application`,
  document: (childId: string) => `/cabinet/children/${childId}/document`,
  issueCertificate: (childId: string) => `/cabinet/children/${childId}/certificate/new`,
  changeCertificate: (childId: string) => `/cabinet/children/${childId}/certificate/change`,
  dataReads: (childId: string) => `/cabinet/children/${childId}/data-reads`,
};
