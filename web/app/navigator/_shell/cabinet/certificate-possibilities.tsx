'use client';

import type { NavigatorCabinetQuery } from '@/gql/graphql';
import { formatRoubles } from '../money';
import styles from '../navigator.module.css';

type Cabinet = NonNullable<NavigatorCabinetQuery['myCertificateCabinet']>;

/**
 * «Возможности сертификата»: set each year by the municipality for the certificate's group — budget programs per
 * registry and the nominal — with the «?» that opens the excerpt of the municipality's Положение (nothing when
 * the municipality has none). When the municipality's money limit is reached, its message instead of the money.
 */
export function CertificatePossibilitiesSection({ cabinet }: { cabinet: Cabinet }) {
  if (!cabinet.registered) return null;
  const possibilities = cabinet.possibilities;
  const excerpt = cabinet.municipality?.regulationExcerpt;
  return (
    <section aria-labelledby="possibilities-title">
      <h2 id="possibilities-title">Возможности сертификата</h2>
      {possibilities ? (
        <>
          <p>
            Возможности сертификата ежегодно определяет уполномоченный орган муниципалитета
            {cabinet.municipality?.name ? ` (${cabinet.municipality.name})` : ''}.
          </p>
          <dl className={styles.figures}>
            <dt>Программы за счёт бюджета</dt>
            <dd>
              значимые — {possibilities.significantPrograms}, общеразвивающие — {possibilities.generalPrograms},
              предпрофессиональные — {possibilities.preProfessionalPrograms}
            </dd>
          </dl>
          {excerpt && (
            <details className={styles.excerpt}>
              <summary>
                <span aria-hidden="true">?</span>
                <span className="visually-hidden">
                  Выдержка из Положения о персонифицированном дополнительном образовании
                </span>
              </summary>
              <div className={styles.excerptText}>{excerpt}</div>
            </details>
          )}
          <CertificateMoney possibilities={possibilities} />
        </>
      ) : (
        <p className="muted">Муниципалитет ещё не настроил возможности для группы сертификата «{cabinet.groupName}».</p>
      )}
    </section>
  );
}

function CertificateMoney({ possibilities }: { possibilities: NonNullable<Cabinet['possibilities']> }) {
  const money = possibilities.money;
  if (possibilities.moneyLimitReached || !money) {
    return (
      <p className="notice notice-warning" role="status">
        Достигнут лимит непосредственного денежного обеспечения сертификатов, установленный муниципалитетом:
        использовать денежные средства сертификата сейчас невозможно.
      </p>
    );
  }
  return (
    <>
      <dl className={styles.figures} data-testid="certificate-money">
        <dt>Номинал сертификата</dt>
        <dd>{formatRoubles(money.nominalKopecks)}</dd>
        <dt>Зарезервировано</dt>
        <dd>{formatRoubles(money.reservedKopecks)}</dd>
        {money.spentKopecks > 0 && (
          <>
            <dt>Израсходовано</dt>
            <dd>{formatRoubles(money.spentKopecks)}</dd>
          </>
        )}
        <dt>Остаток</dt>
        <dd>{formatRoubles(money.balanceKopecks)}</dd>
      </dl>
      <p className="muted" data-testid="nominal-computation">
        Номинал на {money.year} год: {formatRoubles(money.yearNominalKopecks)}; осталось месяцев: {money.monthsLeft} из{' '}
        {money.monthsInYear} → {formatRoubles(money.nominalKopecks)}. Каждый месяц номинал уменьшается пропорционально
        оставшимся месяцам финансового года, пока не выбрана ни одна сертифицированная программа.
      </p>
    </>
  );
}
