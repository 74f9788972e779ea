import { documentText, formatDate, formatRegionDateTime, fullName } from '@/app/_ui/format';
import { DIRECTION_NAMES, formatLongDate, KIND_NAMES } from '@/app/registry/_shell/names';
import styles from '@/app/registry/_shell/registry.module.css';
import type { ApplicationDetailsFragment } from '@/gql/graphql';

/** What happened to the application (received, refused, sent, outgoing) and its data. */
export function ApplicationFacts({ application }: { application: ApplicationDetailsFragment }) {
  return (
    <>
      {application.documentsReceivedAt && (
        <p className="notice" data-testid="documents-received">
          Документы получены {formatLongDate(application.documentsReceivedAt)} организацией{' '}
          {application.receivedBy?.name ?? '—'}
        </p>
      )}
      {application.status === 'REFUSED' && (
        <p className="notice notice-error">
          <strong>Причина отказа: </strong>
          <span data-testid="refusal-reason">{application.refusalReason}</span>
        </p>
      )}
      {application.sentToNavigatorAt && (
        <p className="notice notice-success">
          Данные отправлены в ПФДО {formatRegionDateTime(application.sentToNavigatorAt)}
        </p>
      )}
      {application.direction === 'OUTGOING' && (
        <p className="notice notice-warning">
          Исходящая заявка: сертификат переходит в муниципалитет {application.municipality.name}. Заявку подтверждает
          оператор нового муниципалитета.
        </p>
      )}
      <dl className={styles.details}>
        <dt>Вид заявки</dt>
        <dd>{KIND_NAMES[application.kind]}</dd>
        <dt>Направление</dt>
        <dd>{DIRECTION_NAMES[application.direction]}</dd>
        <dt>Муниципалитет</dt>
        <dd>{application.municipality.name}</dd>
        <dt>Создана</dt>
        <dd>{formatRegionDateTime(application.createdAt)}</dd>
        <dt>Ребёнок</dt>
        <dd>{fullName(application.child)}</dd>
        <dt>Дата рождения</dt>
        <dd>{formatDate(application.child.birthDate)}</dd>
        <dt>Документ</dt>
        <dd>{application.document ? documentText(application.document) : '—'}</dd>
        {application.document && (
          <>
            <dt>Выдан</dt>
            <dd>
              {formatDate(application.document.issueDate)}, {application.document.issuedBy}
            </dd>
          </>
        )}
        <dt>Заявитель</dt>
        <dd>
          {application.applicantName}
          {application.applicantIsChild ? ' (ребёнок подаёт самостоятельно)' : ''}
        </dd>
        <dt>Электронная почта</dt>
        <dd>{application.email || '—'}</dd>
        {application.group && (
          <>
            <dt>Группа сертификата</dt>
            <dd>{application.group.name}</dd>
          </>
        )}
        {application.processedAt && (
          <>
            <dt>Обработана</dt>
            <dd>{formatRegionDateTime(application.processedAt)}</dd>
          </>
        )}
      </dl>
    </>
  );
}
