'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition, type ReactNode } from 'react';
import type { ApplicationDetailsFragment } from '@/gql/graphql';
import { EditApplicationForm } from './actions/edit-application';
import { ApplicationActions } from './application-actions';

/**
 * The part of the application's page that acts: the buttons the server allows now, their dialogs, «Редактировать»,
 * and what came of an action. `header` (the h1, the status and the facts) is rendered on the server. After an
 * action the server renders the page again (one request); its notice shows with the page it describes, as
 * both are updated in one transition.
 */
export function ApplicationWork({
  application,
  header,
}: {
  application: ApplicationDetailsFragment;
  header: ReactNode;
}) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [editing, setEditing] = useState(false);
  const [failure, setFailure] = useState<{ text: string; retry?: () => void } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = (then?: () => void) =>
    startTransition(() => {
      then?.();
      router.refresh();
    });
  const outcome = {
    started: () => {
      setFailure(null);
      setNotice(null);
    },
    done: (text: string) => refresh(() => setNotice(text)),
    // The page may be out of date (another tab, another operator): rendered again with what the server has now.
    failed: (text: string, retry?: () => void) => refresh(() => setFailure({ text, retry })),
  };

  return (
    <>
      <section className="page-panel" aria-labelledby="application-title">
        {header}
        {notice && (
          <p role="status" className="notice">
            {notice}
          </p>
        )}
        <div role="alert" className="form-error">
          {failure?.text}
        </div>
        {failure?.retry && (
          <button type="button" className="button" onClick={failure.retry}>
            Повторить
          </button>
        )}
        <ApplicationActions
          application={application}
          outcome={outcome}
          editing={editing}
          onToggleEdit={() => setEditing(!editing)}
        />
      </section>

      {editing && application.allowedActions.includes('EDIT') && (
        <EditApplicationForm
          application={application}
          onDone={() =>
            refresh(() => {
              setEditing(false);
              setNotice('Изменения сохранены');
            })
          }
          onFailed={() => refresh()}
        />
      )}
    </>
  );
}
