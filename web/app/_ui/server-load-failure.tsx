'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { serviceUnavailableMessage } from '../_auth/describe-error';

/**
 * A page rendered on the server whose data could not be had (the gateway did not answer, or a part of the answer
 * came back with an error): says so, and «Повторить» renders the page on the server again.
 */
export function ServerLoadFailure() {
  const router = useRouter();
  const [retrying, startRetry] = useTransition();
  return (
    <div className="page-panel">
      <p role="alert" className="form-error">
        {serviceUnavailableMessage}
      </p>
      <button
        type="button"
        className="button"
        disabled={retrying}
        aria-busy={retrying || undefined}
        onClick={() => startRetry(() => router.refresh())}
      >
        Повторить
      </button>
    </div>
  );
}
