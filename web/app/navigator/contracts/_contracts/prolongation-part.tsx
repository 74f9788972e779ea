'use client';

import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { AppForm } from '@/app/_ui/app-form';
import {
  AcceptProlongationDocument,
  ProlongContractDocument,
  RefuseProlongationDocument,
  type ContractCardFragment,
} from '@/gql/graphql';
import { describeError } from '../../../_auth/describe-error';
import { formatDate } from '../../../_ui/format';
import styles from './contracts.module.css';

/**
 * The prolongation's part of the contract card (seed 002): the provider's «Пролонгировать» on an active contract;
 * on a prolongation waiting for the holder, the day it will be accepted by itself, «Принять» and «Отменить заявку»
 * with a reason if he likes; the reason he gave, once refused.
 */
export function ProlongationPart({ contract, onChanged }: { contract: ContractCardFragment; onChanged: () => void }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const [prolong, prolonging] = useMutation(ProlongContractDocument);
  const [accept, accepting] = useMutation(AcceptProlongationDocument);
  const [refuse, refusal] = useMutation(RefuseProlongationDocument);
  const busy = prolonging.loading || accepting.loading || refusal.loading;
  const may = (action: 'PROLONG' | 'ACCEPT' | 'CANCEL') => contract.allowedActions.includes(action);
  const isProlongation = !!contract.prolongedFromId;

  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
      onChanged();
    } catch (caught) {
      setError(describeError(caught).message);
    }
  }

  const holderMay = isProlongation && (may('ACCEPT') || may('CANCEL'));
  return (
    <>
      {isProlongation && (
        <p className={styles.note}>
          Пролонгация договора на новый период.
          {contract.acceptsOn &&
            ` Если вы не откажетесь, договор будет считаться принятым ${formatDate(contract.acceptsOn)} ` +
              `и вступит в силу с ${formatDate(contract.startsOn)}.`}
        </p>
      )}
      {contract.cancellationReason && (
        <dl className={styles.facts}>
          <dt>Причина отказа от пролонгации</dt>
          <dd>{contract.cancellationReason}</dd>
        </dl>
      )}
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
            void run(() => refuse({ variables: { id: contract.id, reason: reason.trim() || null } }));
          }}
        >
          <label htmlFor={`${id}-reason`}>Причина отказа (необязательно)</label>
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
              Отказаться от обучения
            </button>
          </div>
        </AppForm>
      ) : (
        (may('PROLONG') || holderMay) && (
          <div className="actions">
            {may('PROLONG') && (
              <button
                type="button"
                className="button button-primary"
                disabled={busy}
                onClick={() => void run(() => prolong({ variables: { id: contract.id } }))}
              >
                Пролонгировать
              </button>
            )}
            {isProlongation && may('ACCEPT') && (
              <button
                type="button"
                className="button button-primary"
                disabled={busy}
                onClick={() => void run(() => accept({ variables: { id: contract.id } }))}
              >
                Принять
              </button>
            )}
            {isProlongation && may('CANCEL') && (
              <button type="button" className="button button-warning" disabled={busy} onClick={() => setRefusing(true)}>
                Отменить заявку
              </button>
            )}
          </div>
        )
      )}
    </>
  );
}
