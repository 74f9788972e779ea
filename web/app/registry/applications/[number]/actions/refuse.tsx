'use client';

import { useId, useState, type FormEvent } from 'react';
import { describeError, fieldMessage } from '@/app/_auth/describe-error';
import { usePostGraphql } from '@/app/_auth/use-post-graphql';
import { AppForm } from '@/app/_ui/app-form';
import { FormField } from '@/app/_ui/form-field';
import { RefuseApplicationMutation } from '../application.operations';
import type { ActionProps } from './action-outcome';
import { Modal } from './confirm-dialog';

/** «Отказать», styled as a warning: the reason is asked in a dialog. */
export function RefuseAction({ application, outcome }: ActionProps) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button type="button" className="button button-warning" onClick={() => setAsking(true)}>
        Отказать
      </button>
      {asking && (
        <RefuseDialog
          applicationId={application.id}
          onClose={(refused, failure) => {
            setAsking(false);
            if (refused) outcome.done('В заявке отказано');
            if (failure) outcome.failed(failure);
          }}
        />
      )}
    </>
  );
}

function RefuseDialog({
  applicationId,
  onClose,
}: {
  applicationId: string;
  onClose: (refused: boolean, failure?: string) => void;
}) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [refuse, { loading }] = usePostGraphql(RefuseApplicationMutation);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reason.trim()) {
      setError('Укажите причину отказа');
      return;
    }
    try {
      await refuse({ variables: { applicationId, reason: reason.trim() } });
      onClose(true);
    } catch (caught) {
      const described = describeError(caught);
      const forReason = fieldMessage(described, 'reason');
      if (forReason) setError(forReason);
      else onClose(false, described.message);
    }
  }

  return (
    <Modal title="Отказать" onCancel={() => onClose(false)}>
      <AppForm onSubmit={handleSubmit}>
        <FormField id={`${id}-reason`} label="Причина отказа" required error={error}>
          {(wiring) => (
            <textarea
              {...wiring}
              name="reason"
              rows={4}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          )}
        </FormField>
        <div className="actions">
          <button type="submit" className="button button-warning" disabled={loading}>
            ОК
          </button>
          <button type="button" className="button" onClick={() => onClose(false)}>
            Отмена
          </button>
        </div>
      </AppForm>
    </Modal>
  );
}
