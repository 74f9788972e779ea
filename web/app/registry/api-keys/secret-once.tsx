'use client';

import { useState } from 'react';

/**
 * A new key, shown once: the warning first, the key in a field that selects whole, and a copy button whose
 * result is announced.
 */
export function SecretOnce({ secret, labelId }: { secret: string; labelId: string }) {
  const [copied, setCopied] = useState<string | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('Ключ скопирован в буфер обмена.');
    } catch {
      setCopied('Не удалось скопировать: выделите ключ и скопируйте его вручную.');
    }
  }

  return (
    <div className="page-panel">
      <p className="notice notice-warning" role="note">
        Ключ показывается один раз. Скопируйте его сейчас и передайте партнёру защищённым способом: в системе хранится
        только его отпечаток, восстановить ключ нельзя — можно лишь заменить его новым.
      </p>
      <p id={labelId}>
        <strong>Ключ API</strong>
      </p>
      <input
        aria-labelledby={labelId}
        data-testid="api-key-secret"
        readOnly
        value={secret}
        onFocus={(event) => event.target.select()}
        spellCheck={false}
        autoComplete="off"
      />
      <div className="actions">
        <button type="button" className="button button-primary" onClick={() => void copy()}>
          Скопировать ключ
        </button>
      </div>
      <p role="status">{copied}</p>
    </div>
  );
}
