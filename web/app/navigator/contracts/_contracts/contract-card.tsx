'use client';

import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { AppForm } from '@/app/_ui/app-form';
import {
  CancelEnrollmentRequestDocument,
  ConfirmEnrollmentRequestDocument,
  RefuseEnrollmentRequestDocument,
  type ContractAction,
  type ContractCardFragment,
} from '@/gql/graphql';
import { describeError } from '../../../_auth/describe-error';
import { formatDate, formatRegionDateTime } from '../../../_ui/format';
import { formatRoubles } from '../../_shell/money';
import { ContractPayments } from '../_payments/contract-payments';
import { RatingPart } from '../_rating/rating-part';
import { REGISTRY_NAMES, STATUS_NAMES } from './contract-names';
import styles from './contracts.module.css';
import { ProlongationPart } from './prolongation-part';

/** The contract card: what was requested, its money and dates, and what the signed-in side may do with it. */
export function ContractCard({
  contract,
  onChanged,
  side,
}: {
  contract: ContractCardFragment;
  onChanged: () => void;
  side: 'holder' | 'provider';
}) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const [cancel, cancelling] = useMutation(CancelEnrollmentRequestDocument);
  const [confirm, confirming] = useMutation(ConfirmEnrollmentRequestDocument);
  const [refuse, refusal] = useMutation(RefuseEnrollmentRequestDocument);
  const busy = cancelling.loading || confirming.loading || refusal.loading;
  const may = (action: ContractAction) => contract.allowedActions.includes(action);

  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
      onChanged();
    } catch (caught) {
      const described = describeError(caught);
      setError(described.message);
      // The provider cannot enroll on an unactivated certificate: the refusal is offered with the seed's reason.
      if (described.code === 'CERTIFICATE_NOT_ACTIVATED' && may('REFUSE')) {
        setReason(described.message);
        setRefusing(true);
      }
    }
  }

  return (
    <article className={styles.card} aria-labelledby={`${id}-title`} data-testid="contract-card">
      <h3 id={`${id}-title`} className={styles.cardTitle}>
        {contract.program.title}
      </h3>
      <dl className={styles.facts}>
        <dt>Заявка №</dt>
        <dd>{contract.number}</dd>
        <dt>Статус</dt>
        <dd>{STATUS_NAMES[contract.status]}</dd>
        {contract.refusalReason && (
          <>
            <dt>Причина отказа</dt>
            <dd>{contract.refusalReason}</dd>
          </>
        )}
        <dt>Организация</dt>
        <dd>{contract.program.provider?.name ?? '—'}</dd>
        <dt>Группа</dt>
        <dd>
          {contract.group.name}, {contract.group.scheduleText}
        </dd>
        <dt>Сертификат</dt>
        <dd>{contract.certificateNumber}</dd>
        <dt>Реестр</dt>
        <dd>{REGISTRY_NAMES[contract.registry]}</dd>
        <dt>Обучение</dt>
        <dd>
          с {formatDate(contract.startsOn)} по {formatDate(contract.endsOn)}
        </dd>
        {contract.costKopecks > 0 && (
          <>
            <dt>Стоимость в {contract.financialYear} году</dt>
            <dd>
              {formatRoubles(contract.monthlyPriceKopecks)} × {contract.months} мес. ={' '}
              {formatRoubles(contract.costKopecks)}
            </dd>
            <dt>Зарезервировано из сертификата</dt>
            <dd>{formatRoubles(contract.reservedKopecks)}</dd>
            <dt>Оплачивает семья</dt>
            <dd>{formatRoubles(contract.familyPaysKopecks)}</dd>
          </>
        )}
        <dt>Заявка подана</dt>
        <dd>{formatRegionDateTime(contract.requestedAt)}</dd>
        {contract.confirmedAt && (
          <>
            <dt>Подтверждена</dt>
            <dd>{formatRegionDateTime(contract.confirmedAt)}</dd>
          </>
        )}
      </dl>
      <ContractPayments contract={contract} />
      <ProlongationPart contract={contract} onChanged={onChanged} />
      {side === 'holder' && <RatingPart contract={contract} onChanged={onChanged} />}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {refusing ? (
        <AppForm
          className={styles.refuse}
          onSubmit={(event) => {
            event.preventDefault();
            if (!reason.trim()) {
              setError('Укажите причину отказа');
              return;
            }
            void run(() => refuse({ variables: { id: contract.id, reason: reason.trim() } }));
          }}
        >
          <label htmlFor={`${id}-reason`}>Причина отказа</label>
          <textarea
            id={`${id}-reason`}
            rows={3}
            maxLength={1000}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <div className="actions">
            <button type="button" className="button" onClick={() => setRefusing(false)} disabled={busy}>
              Назад
            </button>
            <button type="submit" className="button button-warning" disabled={busy}>
              Отказать
            </button>
          </div>
        </AppForm>
      ) : (
        <div className="actions">
          {may('CONFIRM') && (
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => void run(() => confirm({ variables: { id: contract.id } }))}
            >
              Подтвердить
            </button>
          )}
          {may('REFUSE') && (
            <button type="button" className="button button-warning" disabled={busy} onClick={() => setRefusing(true)}>
              Отказать
            </button>
          )}
          {/* A prolongation is refused in its own part, with a reason if the holder likes. */}
          {may('CANCEL') && !contract.prolongedFromId && (
            <button
              type="button"
              className="button button-warning"
              disabled={busy}
              onClick={() => void run(() => cancel({ variables: { id: contract.id } }))}
            >
              Отменить заявку
            </button>
          )}
        </div>
      )}
    </article>
  );
}
