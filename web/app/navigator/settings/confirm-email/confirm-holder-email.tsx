'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useSearchParams } from 'next/navigation';
import { ConfirmHolderEmailDocument } from '@/gql/graphql';
import { MeQuery } from '../../../_auth/auth.operations';
import { describeError } from '../../../_auth/describe-error';
import { SignInFormPanel } from '../../../_auth/sign-in-form-panel';

/** «Для перехода по ссылке оставайтесь авторизованными в личном кабинете сертификата» (seed 002 §8). */
export function ConfirmHolderEmail() {
  const token = useSearchParams().get('token') ?? '';
  const me = useQuery(MeQuery);
  const [confirm, confirming] = useMutation(ConfirmHolderEmailDocument);
  const role = me.data?.me?.role;
  if (me.loading && !me.data) return <p className="muted">Загрузка…</p>;
  if (role !== 'CERTIFICATE_HOLDER') {
    return (
      <>
        <p>Чтобы подтвердить адрес, войдите в личный кабинет сертификата, для которого он указан.</p>
        <SignInFormPanel portal="navigator" />
      </>
    );
  }
  const confirmed = confirming.data?.confirmHolderEmail;
  if (confirmed) {
    return (
      <div role="status">
        <p className="notice notice-success">
          Электронная почта {confirmed.email} подтверждена. По ней можно будет восстановить доступ к личному кабинету.
        </p>
        <p>
          <a href="/navigator/settings">Вернуться к настройкам</a>
        </p>
      </div>
    );
  }
  return (
    <>
      {confirming.error && (
        <p role="alert" className="form-error">
          {describeError(confirming.error).message}
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          disabled={confirming.loading}
          onClick={() => confirm({ variables: { token } }).catch(() => undefined)}
        >
          Подтвердить адрес
        </button>
      </div>
    </>
  );
}
