'use client';

import { useState } from 'react';
import { usePostGraphql } from '@/app/_auth/use-post-graphql';
import { ConfirmPersonalDataMutation } from '../application.operations';
import { buttonClass, runAction, type ActionProps } from './action-outcome';
import { ConfirmDialog } from './confirm-dialog';

/** «Подтвердить персональные данные»: the certificate is activated. */
export function ConfirmPersonalDataAction({ application, outcome, primary }: ActionProps) {
  const [asking, setAsking] = useState(false);
  const [confirm, { loading }] = usePostGraphql(ConfirmPersonalDataMutation);
  return (
    <>
      <button type="button" className={buttonClass(primary)} disabled={loading} onClick={() => setAsking(true)}>
        Подтвердить персональные данные
      </button>
      {asking && (
        <ConfirmDialog
          title="Подтвердить персональные данные"
          text={`Подтвердить персональные данные по заявке № ${application.number}? Сертификат будет активирован.`}
          onCancel={() => setAsking(false)}
          onOk={() => {
            setAsking(false);
            void runAction(
              outcome,
              () => confirm({ variables: { applicationId: application.id } }),
              'Персональные данные подтверждены',
            );
          }}
        />
      )}
    </>
  );
}
