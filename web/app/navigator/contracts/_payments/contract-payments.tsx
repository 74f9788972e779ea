'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { AppForm } from '@/app/_ui/app-form';
import {
  RecordPaymentAdvanceDocument,
  RecordPaymentSettlementDocument,
  type ContractPaymentsFragment,
} from '@/gql/graphql';
import { MeQuery } from '../../../_auth/auth.operations';
import { describeError, type DescribedError } from '../../../_auth/describe-error';
import { FormField } from '../../../_ui/form-field';
import { monthName, parseRoubles } from '../../../_ui/month-name';
import { formatRoubles } from '../../_shell/money';
import styles from './payments.module.css';

type Payment = ContractPaymentsFragment['payments'][number];

/**
 * The contract's payments by month, as the registry's certificate page shows them: «Месяц», «Сумма по договору»,
 * «Аванс», «Расчет». The provider records the month's advance and then its settlement; the holder reads them.
 */
export function ContractPayments({ contract }: { contract: ContractPaymentsFragment }) {
  const id = useId();
  // The page has already asked who is signed in (the contracts page's `me`).
  const { data } = useQuery(MeQuery, { fetchPolicy: 'cache-only' });
  const provider = data?.me?.role === 'PROVIDER';
  if (contract.payments.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-title`} data-testid="contract-payments">
      <h4 id={`${id}-title`}>Платежи по договору</h4>
      <div className={styles.paymentsWrap} tabIndex={0} role="region" aria-label="Платежи по договору по месяцам">
        <table className={styles.payments}>
          <thead>
            <tr>
              <th scope="col">Месяц</th>
              <th scope="col">Сумма по договору</th>
              <th scope="col">Аванс</th>
              <th scope="col">Расчет</th>
            </tr>
          </thead>
          <tbody>
            {contract.payments.map((payment) => (
              <tr key={payment.month}>
                <th scope="row">{monthName(payment.month)}</th>
                <td>{formatRoubles(payment.amountKopecks)}</td>
                <td>{payment.advanceRecorded ? formatRoubles(payment.advanceKopecks) : '—'}</td>
                <td>{payment.settled ? formatRoubles(payment.settlementKopecks) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {provider && <PaymentForm contractId={contract.id} payments={contract.payments} />}
    </section>
  );
}

/** The provider's «Аванс» and «Расчет» for a month not yet settled (the server says which months are due). */
function PaymentForm({ contractId, payments }: { contractId: string; payments: Payment[] }) {
  const id = useId();
  const open = payments.filter((payment) => !payment.settled);
  const [month, setMonth] = useState(open[0]?.month ?? '');
  const [amount, setAmount] = useState('');
  const [error, setError] = useState<DescribedError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [advance, advancing] = useMutation(RecordPaymentAdvanceDocument);
  const [settle, settling] = useMutation(RecordPaymentSettlementDocument);
  if (open.length === 0) return null;
  const chosen = open.find((payment) => payment.month === month) ?? open[0];
  const kind = chosen.advanceRecorded ? 'settlement' : 'advance';

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setDone(null);
    const kopecks = parseRoubles(amount);
    if (kopecks === null) {
      setError({ message: 'Укажите сумму в рублях, например 800 или 800,50', field: 'amount' });
      return;
    }
    try {
      const variables = { contractId, month: chosen.month, kopecks };
      if (kind === 'advance') await advance({ variables });
      else await settle({ variables });
      setDone(`${kind === 'advance' ? 'Аванс' : 'Расчет'} за ${monthName(chosen.month)} внесён.`);
      setAmount('');
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  const amountError =
    error?.field === 'amount'
      ? error.message
      : (error?.fields?.advanceKopecks ?? error?.fields?.settlementKopecks ?? undefined);
  return (
    <AppForm className={styles.paymentForm} onSubmit={handleSubmit} aria-label="Внести платёж по договору">
      <FormField id={`${id}-month`} label="Месяц">
        {(wiring) => (
          <select {...wiring} value={chosen.month} onChange={(event) => setMonth(event.target.value)}>
            {open.map((payment) => (
              <option key={payment.month} value={payment.month}>
                {monthName(payment.month)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        id={`${id}-amount`}
        label={kind === 'advance' ? 'Аванс, ₽' : 'Расчет, ₽'}
        required
        hint={`Не больше суммы по договору за месяц: ${formatRoubles(chosen.amountKopecks)}`}
        error={amountError}
      >
        {(wiring) => (
          <input {...wiring} inputMode="decimal" value={amount} onChange={(event) => setAmount(event.target.value)} />
        )}
      </FormField>
      {/* Said once for everyone (announced), and again at the field it is about. */}
      {error && (
        <p role="alert" className="form-error">
          {error.message}
        </p>
      )}
      {done && (
        <p role="status" className="notice notice-success">
          {done}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={advancing.loading || settling.loading}>
          {kind === 'advance' ? 'Внести аванс' : 'Внести расчет'}
        </button>
      </div>
    </AppForm>
  );
}
