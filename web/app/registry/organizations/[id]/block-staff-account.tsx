'use client';

import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '@/app/_auth/describe-error';
import { ConfirmDialog } from '@/app/registry/applications/[number]/actions/confirm-dialog';
import type { StaffAccountDetailsFragment } from '@/gql/graphql';
import { BlockStaffAccountMutation, UnblockStaffAccountMutation } from './staff-account.operations';

/** «Заблокировать»: the account's sessions end at once and it cannot sign in; «Разблокировать» lets it in again. */
export function BlockStaffAccount({ account }: { account: StaffAccountDetailsFragment }) {
  const [block, blocking] = useMutation(BlockStaffAccountMutation);
  const [unblock, unblocking] = useMutation(UnblockStaffAccountMutation);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const loading = blocking.loading || unblocking.loading;

  async function toggle() {
    setConfirming(false);
    setError(null);
    setDone(null);
    try {
      if (account.blocked) {
        await unblock({ variables: { id: account.id } });
        setDone('Пользователь разблокирован: вход снова открыт.');
      } else {
        await block({ variables: { id: account.id } });
        setDone('Пользователь заблокирован: вход закрыт, открытые сессии завершены.');
      }
    } catch (caught) {
      setError(describeError(caught).message);
    }
  }

  return (
    <section className="page-panel" aria-label="Блокировка">
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => (account.blocked ? void toggle() : setConfirming(true))}
          disabled={loading}
          aria-busy={loading || undefined}
        >
          {account.blocked ? 'Разблокировать' : 'Заблокировать'}
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          title="Заблокировать пользователя"
          text={`Заблокировать «${account.fullName}»? Вход будет закрыт, открытые сессии завершатся сразу.`}
          onOk={() => void toggle()}
          onCancel={() => setConfirming(false)}
        />
      )}
      <p role="status">{done}</p>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </section>
  );
}
