'use client';

import Link from 'next/link';
import { canDecide, canEdit, canReceiveDocuments, useOperator } from '@/app/registry/_shell/operator';
import type { ApplicationDetailsFragment } from '@/gql/graphql';
import type { ActionOutcome } from './actions/action-outcome';
import { ConfirmPersonalDataAction } from './actions/confirm-personal-data';
import { ReceiveDocumentsAction } from './actions/receive-documents';
import { RefuseAction } from './actions/refuse';
import { SendToNavigatorAction } from './actions/send-to-navigator';

type Step = 'receive' | 'confirm' | 'send';

/**
 * The buttons of the application's actions. The first step of the work (receive, confirm, send) is the
 * page's one primary button; «Отказать» is a warning; the rest are secondary.
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
  const allowed = (action: string) => application.allowedActions.includes(action as never);
  const steps: Step[] = [];
  if (allowed('RECEIVE_DOCUMENTS') && canReceiveDocuments(operator)) steps.push('receive');
  if (allowed('CONFIRM_PERSONAL_DATA') && canDecide(operator)) steps.push('confirm');
  if (operator.role === 'MUNICIPAL_OPERATOR' && application.status === 'CONFIRMED' && application.certificate)
    steps.push('send');
  const primary = steps[0];
  const props = { application, outcome };
  return (
    <div className="actions">
      {steps.includes('receive') && <ReceiveDocumentsAction {...props} primary={primary === 'receive'} />}
      {steps.includes('confirm') && <ConfirmPersonalDataAction {...props} primary={primary === 'confirm'} />}
      {steps.includes('send') && <SendToNavigatorAction {...props} primary={primary === 'send'} />}
      {allowed('EDIT') && canEdit(operator) && (
        <button type="button" className="button" aria-expanded={editing} onClick={onToggleEdit}>
          Редактировать
        </button>
      )}
      <a className="button" href={`/documents/applications/${application.id}/form.pdf`} target="_blank" rel="noopener">
        Распечатать заявление
      </a>
      {application.status === 'REFUSED' && (
        <Link className="button" href="/registry/applications/new?kind=NEW_CERTIFICATE">
          Заявка на новый сертификат
        </Link>
      )}
      {allowed('REFUSE') && canDecide(operator) && <RefuseAction {...props} />}
    </div>
  );
}

/** Whether the operator may edit: the edit form is shown only then. */
export function useMayEdit(application: ApplicationDetailsFragment): boolean {
  const operator = useOperator();
  return application.allowedActions.includes('EDIT') && canEdit(operator);
}
