'use client';

import Link from 'next/link';
import { describeError } from '../../_auth/describe-error';

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

export function ChildNotFound() {
  return (
    <div className="page-panel">
      <h1>Ребёнок не найден</h1>
      <p>В вашем личном кабинете нет такого ребёнка. Выберите ребёнка из списка.</p>
      <Link href="/cabinet/services/additional-education">Дополнительное образование</Link>
    </div>
  );
}
