'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { Fragment } from 'react';
import { usePrimedJustNow } from '@/app/_apollo/prime';
import { describeError } from '@/app/_auth/describe-error';
import { formatDate, fullName } from '@/app/_ui/format';
import { LoadState } from '@/app/_ui/load-state';
import { monthName } from '@/app/_ui/month-name';
import { formatLongDate } from '@/app/registry/_shell/names';
import styles from '@/app/registry/_shell/registry.module.css';
import type { CertificateAction, CertificateDetailsFragment, ProgramRegistry } from '@/gql/graphql';
import { formatMoney } from '../register-params';
import { CertificateActions } from './certificate-actions';
import { CertificateByNumberQuery } from './certificate.operations';

const REGISTRY_NAMES: Record<ProgramRegistry, string> = {
  CERTIFIED: 'сертифицированных',
  SIGNIFICANT: 'значимых',
  PAID: 'платных',
  GENERAL: 'общеразвивающих',
};

export function CertificatePage({ number }: { number: string }) {
  // Asked afresh on every visit, but not on the page load whose server render has just fetched it (prime.ts).
  const primed = usePrimedJustNow(CertificateByNumberQuery);
  const { data, loading, error, refetch } = useQuery(CertificateByNumberQuery, {
    variables: { number },
    fetchPolicy: primed ? 'cache-first' : 'cache-and-network',
    // The navigator's figures may be missing (the navigator down) while the registry's are there.
    errorPolicy: 'all',
  });
  const certificate = data?.certificate;
  if (!certificate) {
    if (data && !loading) {
      return (
        <div className="page-panel">
          <h1>Сертификат не найден</h1>
          <p>Сертификата № {number} нет среди сертификатов, которые вам доступны.</p>
          <Link href="/registry/certificates">К реестру сертификатов</Link>
        </div>
      );
    }
    return <LoadState loading={loading} error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  }
  return (
    <>
      {error && !loading && (
        <p className="notice notice-warning">Часть данных сертификата недоступна: {describeError(error).message}</p>
      )}
      <CertificateDetails certificate={certificate} allowedActions={data?.certificateAtHand?.allowedActions ?? []} />
    </>
  );
}

function CertificateDetails({
  certificate,
  allowedActions,
}: {
  certificate: CertificateDetailsFragment;
  allowedActions: readonly CertificateAction[];
}) {
  const account = certificate.account;
  const figure = (value: number | undefined) => (value === undefined ? '—' : String(value));
  const money = (kopecks: number | undefined) => (kopecks === undefined ? '—' : formatMoney(kopecks));
  const representative = certificate.application
    ? certificate.application.applicantIsChild
      ? `${certificate.application.applicantName} (заявитель — сам ребёнок)`
      : certificate.application.applicantName
    : '—';
  return (
    <>
      <nav aria-label="Навигационная цепочка">
        <Link href="/registry/certificates">Сертификаты</Link> › Сертификат № {certificate.number}
      </nav>
      <section className="page-panel" aria-labelledby="certificate-title">
        <h1 id="certificate-title">Сертификат № {certificate.number}</h1>
        <p className="muted">
          Создан {formatLongDate(certificate.createdAt)}, {certificate.municipality.name ?? ''}
        </p>
        <CertificateActions number={certificate.number} allowedActions={allowedActions} />
        <dl className={styles.details}>
          <dt>ФИО ребенка</dt>
          <dd data-testid="certificate-child">{fullName(certificate.child)}</dd>
          <dt>Дата рождения ребенка</dt>
          <dd>{formatDate(certificate.child.birthDate)}</dd>
          <dt>ФИО родителя (законного представителя)</dt>
          <dd>{representative}</dd>
        </dl>
      </section>

      <section className="page-panel" aria-labelledby="certificate-figures">
        <h2 id="certificate-figures">Сведения о сертификате</h2>
        {account && !account.registered && (
          <p className="notice">
            Сертификат ещё не передан в ПФДО: навигатор не знает о нём, суммы и договоры нулевые.
          </p>
        )}
        <dl className={styles.details}>
          <dt>Актуальность</dt>
          <dd data-testid="certificate-status">{certificate.statusName}</dd>
          <dt>Статус сертификата</dt>
          <dd data-testid="certificate-type">{certificate.certificateTypeName}</dd>
          <dt>Номинал сертификата</dt>
          <dd>{money(account?.nominalKopecks)}</dd>
          <dt>Дата включения сертификата в Систему</dt>
          <dd>{formatLongDate(certificate.createdAt)}</dd>
          <dt>Группа сертификата</dt>
          <dd>{certificate.group.name}</dd>
          <dt>Зарезервированно на оплату программ</dt>
          <dd>{money(account?.reservedKopecks)}</dd>
          <dt>Остаток сертификата</dt>
          <dd>{money(account?.balanceKopecks)}</dd>
          <dt>Число активных договоров</dt>
          <dd>{figure(account?.activeContracts)}</dd>
          <dt>Число заявок</dt>
          <dd>{figure(account?.enrollmentRequests)}</dd>
          <dt>Число подтвержденных договоров</dt>
          <dd>{figure(account?.confirmedContracts)}</dd>
          <dt>Число отклоненных договоров</dt>
          <dd>{figure(account?.refusedContracts)}</dd>
          <dt>Число завершивших действие договоров</dt>
          <dd>{figure(account?.endedContracts)}</dd>
          <dt>Число бюджетных зачислений</dt>
          <dd>{figure(account?.budgetEnrollments)}</dd>
          <dt>Число бюджетных заявок</dt>
          <dd>{figure(account?.budgetRequests)}</dd>
          {account?.availablePrograms.length ? (
            account.availablePrograms.map((allowance) => (
              <Fragment key={allowance.registry}>
                <dt>Число доступных для зачисления {REGISTRY_NAMES[allowance.registry]} программ</dt>
                <dd>{allowance.count}</dd>
              </Fragment>
            ))
          ) : (
            <>
              <dt>Число доступных для зачисления программ</dt>
              <dd>{account ? 'не задано в настройках группы сертификата' : '—'}</dd>
            </>
          )}
        </dl>
      </section>

      <PaymentsTable payments={account?.payments ?? []} />
      <ApplicationHistory applications={certificate.applications} />

      <p>
        <Link href="/registry/certificates">Назад</Link>
      </p>
    </>
  );
}

function PaymentsTable({ payments }: { payments: NonNullable<CertificateDetailsFragment['account']>['payments'] }) {
  return (
    <section className="page-panel" aria-labelledby="certificate-payments">
      <h2 id="certificate-payments">Платежи</h2>
      <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="Таблица платежей">
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Договор</th>
              <th scope="col">Месяц</th>
              <th scope="col">Сумма по договору</th>
              <th scope="col">Аванс</th>
              <th scope="col">Расчет</th>
              <th scope="col">Счет на аванс</th>
              <th scope="col">Окончательный счет</th>
            </tr>
          </thead>
          <tbody>
            {payments.length === 0 ? (
              <tr>
                <td colSpan={8}>Ничего не найдено.</td>
              </tr>
            ) : (
              payments.map((payment, index) => (
                <tr key={`${payment.contractNumber}-${payment.month}`}>
                  <td data-label="#">{index + 1}</td>
                  <td data-label="Договор">{payment.contractNumber}</td>
                  <td data-label="Месяц">{monthName(payment.month)}</td>
                  <td data-label="Сумма по договору">{formatMoney(payment.amountKopecks)}</td>
                  <td data-label="Аванс">{payment.advanceRecorded ? formatMoney(payment.advanceKopecks) : '—'}</td>
                  <td data-label="Расчет">{payment.settled ? formatMoney(payment.settlementKopecks) : '—'}</td>
                  <td data-label="Счет на аванс">{payment.advanceInvoice ?? '—'}</td>
                  <td data-label="Окончательный счет">{payment.finalInvoice ?? '—'}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ApplicationHistory({ applications }: { applications: CertificateDetailsFragment['applications'] }) {
  return (
    <section className="page-panel" aria-labelledby="certificate-history">
      <h2 id="certificate-history">История заявок</h2>
      {applications.length === 0 ? (
        <p className="muted">Заявок нет.</p>
      ) : (
        <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="Таблица истории заявок">
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">Номер заявки</th>
                <th scope="col">Дата</th>
                <th scope="col">Фамилия</th>
                <th scope="col">Имя</th>
                <th scope="col">Отчество</th>
                <th scope="col">Дата рождения</th>
                <th scope="col">Статус</th>
              </tr>
            </thead>
            <tbody>
              {applications.map((application) => (
                <tr key={application.id}>
                  <td data-label="Номер заявки">
                    <Link href={`/registry/applications/${application.number}`}>{application.number}</Link>
                  </td>
                  <td data-label="Дата">{formatLongDate(application.createdAt)}</td>
                  <td data-label="Фамилия">{application.child.surname}</td>
                  <td data-label="Имя">{application.child.name}</td>
                  <td data-label="Отчество">{application.child.patronymic}</td>
                  <td data-label="Дата рождения">{formatDate(application.child.birthDate)}</td>
                  <td data-label="Статус">{application.statusName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
