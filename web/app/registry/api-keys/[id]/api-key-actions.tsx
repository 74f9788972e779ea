'use client';

import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { describeError } from '@/app/_auth/describe-error';
import { FormField } from '@/app/_ui/form-field';
import { ConfirmDialog, Modal } from '@/app/registry/applications/[number]/actions/confirm-dialog';
import type { ApiKeyDetailsFragment, RotateApiKeyMutation as Rotated } from '@/gql/graphql';
import { RevokeApiKeyMutation, RotateApiKeyMutation } from '../api-keys.operations';
import { SecretOnce } from '../secret-once';

/**
 * «Отозвать»: the key stops working at once. «Заменить ключ»: a new key with the same rights, the old one
 * working until the overlap the operator chooses ends (7 days unless he says otherwise), then shown once.
 */
export function ApiKeyActions({ apiKey }: { apiKey: ApiKeyDetailsFragment }) {
  const id = useId();
  const [revoke, revoking] = useMutation(RevokeApiKeyMutation, { refetchQueries: ['ApiKeys'] });
  const [rotate, rotating] = useMutation(RotateApiKeyMutation, { refetchQueries: ['ApiKeys', 'ApiKey'] });
  const [dialog, setDialog] = useState<'revoke' | 'rotate' | null>(null);
  const [overlapDays, setOverlapDays] = useState('7');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [rotated, setRotated] = useState<Rotated['rotateApiKey'] | null>(null);
  const loading = revoking.loading || rotating.loading;
  const working = apiKey.status === 'ACTIVE' || apiKey.status === 'REPLACED';

  async function run(action: () => Promise<unknown>) {
    setDialog(null);
    setError(null);
    setDone(null);
    try {
      await action();
    } catch (caught) {
      setError(describeError(caught).message);
    }
  }

  const doRevoke = () =>
    run(async () => {
      await revoke({ variables: { id: apiKey.id } });
      setDone('Ключ отозван: запросы с ним отклоняются.');
    });
  const doRotate = () =>
    run(async () => {
      const days = /^\d+$/.test(overlapDays.trim()) ? Number(overlapDays) : -1;
      const result = await rotate({ variables: { id: apiKey.id, overlapDays: days } });
      if (result.data) setRotated(result.data.rotateApiKey);
    });

  return (
    <section className="page-panel" aria-label="Действия с ключом">
      {working && (
        <div className="actions">
          {apiKey.status === 'ACTIVE' && (
            <button type="button" className="button" onClick={() => setDialog('rotate')} disabled={loading}>
              Заменить ключ
            </button>
          )}
          <button
            type="button"
            className="button button-warning"
            onClick={() => setDialog('revoke')}
            disabled={loading}
          >
            Отозвать
          </button>
        </div>
      )}
      {dialog === 'revoke' && (
        <ConfirmDialog
          title="Отозвать ключ"
          text={`Отозвать «${apiKey.name}»? Запросы с ним будут отклоняться сразу; вернуть ключ нельзя.`}
          onOk={() => void doRevoke()}
          onCancel={() => setDialog(null)}
        />
      )}
      {dialog === 'rotate' && (
        <Modal title="Заменить ключ" onCancel={() => setDialog(null)}>
          <p>Будет выпущен новый ключ с теми же правами. Старый продолжит действовать до конца периода замены.</p>
          <FormField
            id={`${id}-overlap`}
            label="Период замены, дней"
            hint="От 0 до 30; 0 — старый ключ перестанет действовать сразу"
          >
            {(wiring) => (
              <input
                {...wiring}
                inputMode="numeric"
                value={overlapDays}
                onChange={(event) => setOverlapDays(event.target.value)}
              />
            )}
          </FormField>
          <div className="actions">
            <button type="button" className="button button-primary" onClick={() => void doRotate()}>
              Заменить ключ
            </button>
            <button type="button" className="button" onClick={() => setDialog(null)}>
              Отмена
            </button>
          </div>
        </Modal>
      )}
      {rotated && (
        <>
          <h2>Новый ключ</h2>
          <SecretOnce secret={rotated.secret} labelId={`${id}-secret`} />
        </>
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
