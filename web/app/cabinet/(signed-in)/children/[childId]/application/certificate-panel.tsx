'use client';

import Link from 'next/link';
import { KIND_NAMES } from '@/app/_ui/application-kinds';
import { childPaths } from '../../../../_children/application-step';
import { documentText, formatRegionDateTime } from '../../../../_children/format';
import type { CabinetChild } from '../../../../_children/use-cabinet-children';
import { ApplicationFormLinks } from './application-form-links';
import { NavigatorCredentials } from './navigator-credentials';
import { ReceptionOrganizations } from './reception-organizations';

type Certificate = NonNullable<CabinetChild['certificate']>;
type Application = NonNullable<Certificate['application']>;

/**
 * The application behind an issued certificate, said as the parent's next step: the registry's «Заявка не
 * подтверждена» (its operator has not confirmed it yet) read beside an issued certificate as a failure.
 */
function applicationStage(application: Application): string {
  switch (application.status) {
    case 'SUBMITTED':
      return 'ждёт подписанного заявления и документов в учреждении';
    case 'DOCUMENTS_RECEIVED':
      return 'документы получены, учреждение проверяет персональные данные';
    default:
      return application.statusName;
  }
}

/** «История заявок»: every application about this certificate, the parent's own change requests among them. */
function ApplicationHistory({ applications }: { applications: Certificate['applications'] }) {
  if (applications.length === 0) return null;
  return (
    <>
      <h3 id="history-title">История заявок</h3>
      <ul className="plain-list" aria-labelledby="history-title">
        {applications.map((item) => (
          <li key={item.id}>
            № {item.number} от {formatRegionDateTime(item.createdAt)} — {KIND_NAMES[item.kind]}:{' '}
            <strong>{item.statusName}</strong>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The seed's certificate panel: number, municipality, document, status, group, date, the form, where to go. */
export function CertificatePanel({ child, certificate }: { child: CabinetChild; certificate: Certificate }) {
  const application = certificate.application;
  return (
    <section className="page-panel" aria-labelledby="certificate-title">
      <h2 id="certificate-title">Сертификат: {certificate.number}</h2>
      <ul className="facts">
        <li>
          <span className="label">Муниципалитет:</span> {certificate.municipality.name}
        </li>
        {certificate.document && (
          <li>
            <span className="label">Документ:</span> {documentText(certificate.document)}
          </li>
        )}
        <li>
          <span className="label">Статус:</span> <strong>{certificate.statusName}</strong>
        </li>
        <li>
          <span className="label">Группа сертификата:</span> {certificate.group.name}
        </li>
        <li>
          <span className="label">Дата создания:</span> {formatRegionDateTime(certificate.createdAt)}
        </li>
        {application && (
          <>
            <li>
              <span className="label">Заявка:</span> № {application.number}
            </li>
            <li>
              <span className="label">Заявка сейчас:</span> {applicationStage(application)}
            </li>
          </>
        )}
      </ul>
      <NavigatorCredentials childId={child.id} />
      {certificate.status === 'NOT_ACTIVATED' && (
        <>
          <p className="notice">
            Осуществить активацию сертификата Вы можете на основании заявления в одном из предложенных учреждений Вашего
            муниципалитета
          </p>
          {/* What the municipality's registry operator wrote for its parents (seed 004, step 11). */}
          {certificate.municipality.activationNotice && (
            <p className="notice notice-warning" data-testid="activation-notice">
              {certificate.municipality.activationNotice}
            </p>
          )}
        </>
      )}
      {application && <ApplicationFormLinks application={application} />}
      <ReceptionOrganizations
        organizations={certificate.municipality.receptionOrganizations}
        documentsToBring={application?.documentsToBring ?? []}
      />
      {certificate.municipality.supportPhones && (
        <p data-testid="support-phones">{certificate.municipality.supportPhones}</p>
      )}
      <ApplicationHistory applications={certificate.applications} />
      <ul className="plain-list">
        <li>
          <Link href={childPaths.changeCertificate(child.id)} prefetch={false}>
            Подать заявку на изменение сертификата
          </Link>{' '}
          <span className="field-hint">(смена группы, смена муниципалитета, уточнение персональных данных)</span>
        </li>
        <li>
          <Link href={childPaths.dataReads(child.id)} prefetch={false}>
            Кто просматривал данные ребёнка
          </Link>
        </li>
      </ul>
    </section>
  );
}
