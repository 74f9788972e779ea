'use client';

import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { describeError, fieldMessage } from '@/app/_auth/describe-error';
import { AppForm } from '@/app/_ui/app-form';
import { FormField } from '@/app/_ui/form-field';
import styles from '@/app/registry/_shell/registry.module.css';
import { ConfirmDialog } from '@/app/registry/applications/[number]/actions/confirm-dialog';
import type { GroupCardFragment } from '@/gql/graphql';
import {
  BlockCertificateGroupMutation,
  DeleteCertificateGroupMutation,
  EditCertificateGroupMutation,
  UnblockCertificateGroupMutation,
} from './certificate-groups.operations';
import { ageRange, budgetPrograms, formatRoubles } from './group-facts';

/** One group: its facts, its description, and what may be done with it. */
export function GroupCard({ group, onDeleted }: { group: GroupCardFragment; onDeleted: () => void }) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [block, blocking] = useMutation(BlockCertificateGroupMutation);
  const [unblock, unblocking] = useMutation(UnblockCertificateGroupMutation);
  const [remove, removing] = useMutation(DeleteCertificateGroupMutation);
  const busy = blocking.loading || unblocking.loading || removing.loading;

  async function run(action: () => Promise<unknown>, after?: () => void) {
    setFailure(null);
    try {
      await action();
      after?.();
    } catch (caught) {
      setFailure(describeError(caught).message);
    }
  }

  return (
    <article className="page-panel" aria-labelledby={`${id}-name`}>
      <h2 id={`${id}-name`}>{group.name}</h2>
      <p>
        <span className="tag">{group.blocked ? 'Заблокирована' : 'Действует'}</span>
      </p>
      <dl className={styles.details}>
        <dt>Возраст</dt>
        <dd>{ageRange(group)}</dd>
        <dt>Номинал сертификата</dt>
        <dd>{formatRoubles(group.nominal)}</dd>
        <dt>Лимит муниципалитета</dt>
        <dd>{formatRoubles(group.municipalityLimit)}</dd>
        <dt>Бюджетных программ</dt>
        <dd>{budgetPrograms(group.budgetPrograms)}</dd>
        <dt>Сертификатов в группе</dt>
        <dd>{group.certificateCount}</dd>
        <dt>Описание</dt>
        <dd>{group.description || '—'}</dd>
      </dl>
      {failure && (
        <p className="notice notice-error" role="alert">
          {failure}
        </p>
      )}
      {editing ? (
        <DescriptionForm group={group} onClose={() => setEditing(false)} />
      ) : (
        <div className="actions">
          <button type="button" className="button" onClick={() => setEditing(true)}>
            Изменить описание
          </button>
          {group.blocked ? (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void run(() => unblock({ variables: { groupId: group.id } }))}
            >
              Разблокировать
            </button>
          ) : (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void run(() => block({ variables: { groupId: group.id } }))}
            >
              Заблокировать
            </button>
          )}
          <button
            type="button"
            className="button button-warning"
            disabled={busy}
            onClick={() => setConfirmingDelete(true)}
          >
            Удалить
          </button>
        </div>
      )}
      {confirmingDelete && (
        <ConfirmDialog
          title="Удалить группу?"
          text={`Группа «${group.name}» будет удалена. Удалить можно только группу без сертификатов и заявок.`}
          onCancel={() => setConfirmingDelete(false)}
          onOk={() => {
            setConfirmingDelete(false);
            void run(() => remove({ variables: { groupId: group.id } }), onDeleted);
          }}
        />
      )}
    </article>
  );
}

function DescriptionForm({ group, onClose }: { group: GroupCardFragment; onClose: () => void }) {
  const id = useId();
  const [text, setText] = useState(group.description);
  const [error, setError] = useState<string | undefined>();
  const [edit, { loading }] = useMutation(EditCertificateGroupMutation);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (text.trim().length > 2000) {
      setError('Описание — не больше 2000 символов');
      return;
    }
    try {
      await edit({ variables: { groupId: group.id, description: text } });
      onClose();
    } catch (caught) {
      const described = describeError(caught);
      setError(fieldMessage(described, 'description') ?? described.message);
    }
  }

  return (
    <AppForm onSubmit={handleSubmit}>
      <FormField
        id={`${id}-description`}
        label="Описание группы сертификатов"
        hint="Для кого группа и что важно знать о ней; не больше 2000 символов"
        error={error}
      >
        {(wiring) => (
          <textarea
            {...wiring}
            name="description"
            rows={4}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        )}
      </FormField>
      <div className="actions">
        <button type="submit" className="button" disabled={loading}>
          Сохранить
        </button>
        <button type="button" className="button" onClick={onClose}>
          Отмена
        </button>
      </div>
    </AppForm>
  );
}
