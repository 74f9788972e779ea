'use client';

import { useMutation } from '@apollo/client/react';
import Link from 'next/link';
import { useId, useState, type FormEvent } from 'react';
import type { ServerAnswer } from '@/app/_apollo/prime';
import { describeError, fieldMessage, type DescribedError } from '@/app/_auth/describe-error';
import { AppForm } from '@/app/_ui/app-form';
import { ErrorSummary, summaryErrors } from '@/app/_ui/error-summary';
import { FormField } from '@/app/_ui/form-field';
import styles from '@/app/registry/_shell/registry.module.css';
import type { CertificateAtHandDetailsFragment } from '@/gql/graphql';
import { ActionNotAllowed, CertificateActionPage, mayTake } from '../certificate-action-page';
import { FreezeCertificateMutation } from '../certificate-actions.operations';

/** Seed 001, verbatim (its spelling kept): what the operator reads before freezing. */
const WARNING =
  'Внимание! Иницируя заморозку сертификата убедитесь, что Вы делаете это на основании имеющихся железобетонных ' +
  'оснований. Заморозка сертификата - это очень серьезно. При заморозке сертификата сохраняется ip адрес ' +
  'компьютера, с которого была осуществлена заморозка, а также точное время заморозки и пользователь. Поставьте ' +
  'галочку снизу, если Вы действительно имеете основания для заморозки.';

const FIELDS = ['reason', 'confirmed'] as const;

export function FreezeCertificatePage({ number, server }: { number: string; server: ServerAnswer }) {
  return (
    <CertificateActionPage number={number} server={server} title="Заморозка сертификата">
      {(certificate) => <FreezeForm certificate={certificate} />}
    </CertificateActionPage>
  );
}

/** «Заморозить»: the warning, a required reason and the confirming tick (seed 001). */
function FreezeForm({ certificate }: { certificate: CertificateAtHandDetailsFragment }) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<DescribedError | null>(null);
  const [done, setDone] = useState(false);
  const [freeze, { loading }] = useMutation(FreezeCertificateMutation);

  if (done) {
    return (
      <p className="notice notice-success" role="status">
        Сертификат заморожен. Причина и основания записаны в историю сертификата.
      </p>
    );
  }
  if (!mayTake(certificate, 'FREEZE')) return <ActionNotAllowed certificate={certificate} />;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!reason.trim()) local.reason = 'Укажите причины заморозки сертификата';
    if (!confirmed) local.confirmed = 'Подтвердите основания для заморозки сертификата';
    if (Object.keys(local).length) {
      setError({ code: 'BAD_USER_INPUT', message: Object.values(local).join('. '), fields: local });
      return;
    }
    setError(null);
    try {
      await freeze({ variables: { certificateId: certificate.certificate.id, reason: reason.trim(), confirmed } });
      setDone(true);
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  const errorOf = (name: string) => fieldMessage(error, name);
  const fieldErrors = summaryErrors(FIELDS, errorOf, (name) => `${id}-${name}`);
  return (
    <AppForm onSubmit={handleSubmit} aria-label="Заморозка сертификата">
      <ErrorSummary errors={fieldErrors} general={error && fieldErrors.length === 0 ? error.message : undefined} />
      <p className="notice notice-warning">{WARNING}</p>
      <FormField id={`${id}-reason`} label="Причина" required error={errorOf('reason')}>
        {(wiring) => (
          <textarea
            {...wiring}
            name="reason"
            rows={4}
            maxLength={1000}
            placeholder="Укажите причины заморозки сертификата"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </FormField>
      <div className={errorOf('confirmed') ? 'field field-invalid' : 'field'}>
        <p id={`${id}-confirmed-error`} className="field-error">
          {errorOf('confirmed') && <span className="visually-hidden">Ошибка: </span>}
          {errorOf('confirmed')}
        </p>
        <label className={styles.check}>
          <input
            id={`${id}-confirmed`}
            type="checkbox"
            name="confirmed"
            checked={confirmed}
            onChange={(event) => setConfirmed(event.target.checked)}
            aria-invalid={errorOf('confirmed') ? true : undefined}
            aria-describedby={errorOf('confirmed') ? `${id}-confirmed-error` : undefined}
          />
          <span>Подтверждаю основания для заморозки сертификата</span>
        </label>
      </div>
      <div className="actions">
        <Link className="button" href={`/registry/certificates/${certificate.certificate.number}`}>
          Отмена
        </Link>
        <button type="submit" className="button button-warning" disabled={loading}>
          Сохранить
        </button>
      </div>
    </AppForm>
  );
}
