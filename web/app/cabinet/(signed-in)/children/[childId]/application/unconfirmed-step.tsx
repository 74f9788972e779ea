'use client';

import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../../../../_auth/describe-error';
import { formatRegionDateTime } from '../../../../_children/format';
import type { CabinetChild } from '../../../../_children/use-cabinet-children';
import { ResendConfirmationEmailMutation } from './application.operations';

type Application = NonNullable<CabinetChild['application']>;

/** «Заявка на сертификат не подтверждена.» with «Отправить письмо ещё раз». */
export function UnconfirmedStep({ application, onConfirmed }: { application: Application; onConfirmed: () => void }) {
  const [resend, { loading }] = useMutation(ResendConfirmationEmailMutation);
  const [result, setResult] = useState<{ text: string; failed: boolean } | null>(null);

  async function handleResend() {
    if (loading) return;
    setResult(null);
    try {
      const { data } = await resend({ variables: { applicationId: application.id } });
      setResult({
        text: `Письмо отправлено ещё раз на ${data?.resendConfirmationEmail.email ?? application.email}.`,
        failed: false,
      });
    } catch (caught) {
      const described = describeError(caught);
      if (described.code === 'EMAIL_ALREADY_CONFIRMED') onConfirmed();
      // RATE_LIMITED says in its message how many seconds to wait; the button stays usable for the keyboard.
      setResult({ text: described.message, failed: true });
    }
  }

  return (
    <div className="page-panel">
      <p className="notice notice-warning lines">
        <span>Заявка на сертификат не подтверждена. </span>
        <span>Заявка была создана {formatRegionDateTime(application.createdAt)}. </span>
        <span>Электронная почта для подтверждения: {application.email}</span>
      </p>
      <p>
        Мы отправили письмо «Заявка на сертификат ПДО. Подтверждение электронной почты». Перейдите по ссылке из письма,
        чтобы подтвердить адрес. Номер заявки: {application.number}.
      </p>
      <p className="muted">Письма нет? Проверьте папку «Спам» или отправьте письмо ещё раз.</p>
      <div className="actions">
        <button type="button" className="button" onClick={handleResend} aria-disabled={loading || undefined}>
          Отправить письмо ещё раз
        </button>
      </div>
      <p role="status" className={result?.failed ? 'form-error' : undefined}>
        {result?.text}
      </p>
    </div>
  );
}
