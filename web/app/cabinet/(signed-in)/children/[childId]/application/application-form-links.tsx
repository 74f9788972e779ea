'use client';

import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { noConnectionMessage, serviceUnavailableMessage } from '../../../../../_auth/describe-error';
import { markSignedOut } from '../../../../../_auth/session';
import { formatRegionDateTime } from '../../../../_children/format';

interface FormApplication {
  number: string;
  formUrl: string;
}

/**
 * «Скачать заявление» and «Обновить заявление». The form is rendered from the current data on each request;
 * «Обновить» renders it anew and points the link at the fresh copy, past any cache on the way.
 */
export function ApplicationFormLinks({ application }: { application: FormApplication }) {
  const client = useApolloClient();
  const [version, setVersion] = useState<number | null>(null);
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const href = version ? `${application.formUrl}?v=${version}` : application.formUrl;

  async function handleRefresh() {
    if (busy) return;
    setBusy(true);
    setStatus(null);
    const next = Date.now();
    try {
      const response = await fetch(`${application.formUrl}?v=${next}`, {
        cache: 'no-store',
        credentials: 'same-origin',
      });
      if (response.ok) {
        setVersion(next);
        setStatus({
          text: `Заявление обновлено ${formatRegionDateTime(new Date(next))}. Скачайте его.`,
          failed: false,
        });
      } else {
        if (response.status === 401) markSignedOut(client.cache);
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        const fallback =
          response.status >= 500 ? serviceUnavailableMessage : 'Не удалось обновить заявление. Попробуйте ещё раз.';
        setStatus({ text: body?.error?.message ?? fallback, failed: true });
      }
    } catch {
      setStatus({ text: noConnectionMessage, failed: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <div className="actions">
        <a className="button button-primary" href={href} download={`zayavlenie-${application.number}.pdf`}>
          Скачать заявление
        </a>
        <button type="button" className="button" onClick={handleRefresh} aria-disabled={busy || undefined}>
          Обновить заявление
        </button>
      </div>
      <p role="status" className={status?.failed ? 'form-error' : 'muted'}>
        {status?.text}
      </p>
    </>
  );
}
