'use client';

import { useState } from 'react';
import { usePostGraphql } from '@/app/_auth/use-post-graphql';
import { RecordDocumentsReceivedMutation } from '../application.operations';
import { buttonClass, runAction, type ActionProps } from './action-outcome';
import { ConfirmDialog } from './confirm-dialog';

/** «Документы получены»: the organization has the signed form and the documents. */
export function ReceiveDocumentsAction({ application, outcome, primary }: ActionProps) {
  const [asking, setAsking] = useState(false);
  const [receive, { loading }] = usePostGraphql(RecordDocumentsReceivedMutation);
  return (
    <>
      <button type="button" className={buttonClass(primary)} disabled={loading} onClick={() => setAsking(true)}>
        Документы получены
      </button>
      {asking && (
        <ConfirmDialog
          title="Документы получены"
          text={`Отметить, что организация получила подписанное заявление № ${application.number} и документы?`}
          onCancel={() => setAsking(false)}
          onOk={() => {
            setAsking(false);
            void runAction(
              outcome,
              () => receive({ variables: { applicationId: application.id } }),
              'Получение документов отмечено',
            );
          }}
        />
      )}
    </>
  );
}
