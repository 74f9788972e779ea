'use client';

import { useMutation } from '@apollo/client/react';
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import type { ServerAnswer } from '@/app/_apollo/prime';
import { describeError, type DescribedError } from '@/app/_auth/describe-error';
import { AppForm } from '@/app/_ui/app-form';
import { ErrorSummary } from '@/app/_ui/error-summary';
import type { CertificateAtHandDetailsFragment } from '@/gql/graphql';
import { ActionNotAllowed, CertificateActionPage, mayTake } from '../certificate-action-page';
import { WithdrawCertificateConsentMutation } from '../certificate-actions.operations';

export function WithdrawConsentPage({ number, server }: { number: string; server: ServerAnswer }) {
  return (
    <CertificateActionPage number={number} server={server} title="Отзыв согласия по сертификату">
      {(certificate) => <WithdrawConsentForm certificate={certificate} />}
    </CertificateActionPage>
  );
}

/**
 * «Отозвать согласие» (seed 001): with the parent's permission, on a certificate with no enrollment requests,
 * enrollments or active contracts; the server asks the navigator and names what blocks it otherwise.
 */
function WithdrawConsentForm({ certificate }: { certificate: CertificateAtHandDetailsFragment }) {
  const [error, setError] = useState<DescribedError | null>(null);
  const [done, setDone] = useState(false);
  const [withdraw, { loading }] = useMutation(WithdrawCertificateConsentMutation);

  if (done) {
    return (
      <p className="notice notice-success" role="status">
        Согласие отозвано. Это записано в историю сертификата.
      </p>
    );
  }
  if (!mayTake(certificate, 'WITHDRAW_CONSENT')) return <ActionNotAllowed certificate={certificate} />;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      await withdraw({ variables: { certificateId: certificate.certificate.id } });
      setDone(true);
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  return (
    <AppForm onSubmit={handleSubmit} aria-label="Отзыв согласия">
      <ErrorSummary errors={[]} general={error?.message} />
      <p>
        Отзовите согласие родителя (с его разрешения) на активацию сертификата. По сертификату не должно быть заявок,
        зачислений и активных договоров: это проверяется в ПФДО.
      </p>
      <div className="actions">
        <Link className="button" href={`/registry/certificates/${certificate.certificate.number}`}>
          Отмена
        </Link>
        <button type="submit" className="button button-warning" disabled={loading}>
          Отозвать согласие
        </button>
      </div>
    </AppForm>
  );
}
