'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { MeQuery } from '../../_auth/auth.operations';
import { describeError, type DescribedError } from '../../_auth/describe-error';
import { LoginForm } from '../../_auth/login-form';
import { portals } from '../../_auth/portals';
import { ConfirmEmailMutation } from './confirm-email.operations';

type Outcome =
  | { status: 'pending' }
  | { status: 'confirmed'; applicationId: string; applicationNumber: string }
  | { status: 'failed'; error: DescribedError };

const applicationPath = (applicationId: string) => `/cabinet/applications/${applicationId}`;

/** Confirms the address once, then sends the citizen (signing him in first if need be) to the application. */
export function ConfirmEmail() {
  const token = useSearchParams().get('token');
  const router = useRouter();
  const [confirm] = useMutation(ConfirmEmailMutation);
  const [outcome, setOutcome] = useState<Outcome>({ status: 'pending' });
  const started = useRef(false);
  const { data: session, loading: sessionLoading } = useQuery(MeQuery, { ssr: false });
  const signedIn = Boolean(session?.me);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    if (!token) {
      setOutcome({ status: 'failed', error: { message: 'Ссылка неполная. Скопируйте её из письма полностью' } });
      return;
    }
    confirm({ variables: { token } })
      .then(({ data }) => {
        const result = data!.confirmEmail;
        setOutcome({
          status: 'confirmed',
          applicationId: result.application.id,
          applicationNumber: result.applicationNumber,
        });
      })
      .catch((caught: unknown) => setOutcome({ status: 'failed', error: describeError(caught) }));
  }, [confirm, token]);

  useEffect(() => {
    if (outcome.status === 'confirmed' && signedIn) router.replace(applicationPath(outcome.applicationId));
  }, [outcome, signedIn, router]);

  return (
    <section className="panel" aria-labelledby="confirm-title">
      <h1 id="confirm-title">Подтверждение электронной почты</h1>
      {outcome.status === 'pending' && (
        <p role="status" className="muted">
          Подтверждаем адрес электронной почты…
        </p>
      )}
      {outcome.status === 'confirmed' && (
        <>
          <p role="status" className="notice notice-success">
            Электронная почта подтверждена. Заявка № {outcome.applicationNumber}.
          </p>
          {signedIn || sessionLoading ? (
            <p className="muted">Открываем заявку…</p>
          ) : (
            <>
              <h2>{portals.cabinet.signInTitle}</h2>
              <LoginForm hint="Войдите, чтобы получить сертификат." />
            </>
          )}
        </>
      )}
      {outcome.status === 'failed' && <ConfirmFailure error={outcome.error} />}
    </section>
  );
}

function ConfirmFailure({ error }: { error: DescribedError }) {
  const applicationId = error.extensions?.applicationId;
  return (
    <>
      <p role="alert" className="notice notice-error">
        {error.message}
      </p>
      {error.code === 'CONFIRMATION_ALREADY_USED' && typeof applicationId === 'string' ? (
        <Link href={applicationPath(applicationId)}>Перейти к заявке</Link>
      ) : (
        <Link href="/cabinet/services/additional-education">Перейти в личный кабинет</Link>
      )}
    </>
  );
}
