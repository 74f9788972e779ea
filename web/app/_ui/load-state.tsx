'use client';

import { describeError } from '../_auth/describe-error';

/** What a page shows before its data is there: loading, a failure with «Повторить», or nothing found. */
export function LoadState({ loading, error, onRetry }: { loading: boolean; error?: unknown; onRetry: () => void }) {
  if (loading) {
    return (
      <p role="status" className="muted">
        Загрузка…
      </p>
    );
  }
  if (error) {
    return (
      <div className="page-panel">
        <p role="alert" className="form-error">
          {describeError(error).message}
        </p>
        <button type="button" className="button" onClick={onRetry}>
          Повторить
        </button>
      </div>
    );
  }
  return null;
}
