'use client';

import Link from 'next/link';
import { mayDo, useOperator } from '@/app/registry/_shell/operator';
import type { ApplicationAction, ApplicationDetailsFragment } from '@/gql/graphql';
import type { ActionOutcome } from './actions/action-outcome';
import { ConfirmPersonalDataAction } from './actions/confirm-personal-data';
import { ReceiveDocumentsAction } from './actions/receive-documents';
import { RefuseAction } from './actions/refuse';
import { SendToNavigatorAction } from './actions/send-to-navigator';

type Step = 'receive' | 'confirm' | 'send';

/**
 * The buttons of the actions the server allows this operator now (`allowedActions`), and only those. The
 * first step of the work (receive, confirm, send) is the page's one primary button; «Отказать» is a
 * warning; the rest are secondary.
 */
export function ApplicationActions({
  application,
  outcome,
  editing,
  onToggleEdit,
}: {
  application: ApplicationDetailsFragment;
  outcome: ActionOutcome;
  editing: boolean;
  onToggleEdit: () => void;
}) {
  const operator = useOperator();
  const allowed = (action: ApplicationAction) => application.allowedActions.includes(action);
  const steps: Step[] = [];
  if (allowed('RECEIVE_DOCUMENTS')) steps.push('receive');
  if (allowed('CONFIRM_PERSONAL_DATA')) steps.push('confirm');
  if (allowed('SEND_TO_NAVIGATOR')) steps.push('send');
  const primary = steps[0];
  const props = { application, outcome };
  return (
    <div className="actions">
      {steps.includes('receive') && <ReceiveDocumentsAction {...props} primary={primary === 'receive'} />}
      {steps.includes('confirm') && <ConfirmPersonalDataAction {...props} primary={primary === 'confirm'} />}
      {steps.includes('send') && <SendToNavigatorAction {...props} primary={primary === 'send'} />}
      {allowed('EDIT') && (
        <button type="button" className="button" aria-expanded={editing} onClick={onToggleEdit}>
          Редактировать
        </button>
      )}
      {application.direction !== 'OUTGOING' && (
        <a
          className="button"
          href={`/documents/applications/${application.id}/form.pdf`}
          target="_blank"
          rel="noopener"
        >
          Распечатать заявление
        </a>
      )}
      {application.status === 'REFUSED' && mayDo(operator, 'CREATE_APPLICATION') && (
        <Link className="button" href="/registry/applications/new?kind=NEW_CERTIFICATE">
          Заявка на новый сертификат
        </Link>
      )}
      {allowed('REFUSE') && <RefuseAction {...props} />}
    </div>
  );
}
