'use client';

import { usePostGraphql } from '@/app/_auth/use-post-graphql';
import { SendToNavigatorMutation } from '../application.operations';
import { buttonClass, runAction, type ActionProps } from './action-outcome';

/** «Отправить в ПФДО»: the navigator may be down, so a failure offers «Повторить». */
export function SendToNavigatorAction({ application, outcome, primary }: ActionProps) {
  const [send, { loading }] = usePostGraphql(SendToNavigatorMutation);
  return (
    <button
      type="button"
      className={buttonClass(primary)}
      disabled={loading}
      aria-busy={loading || undefined}
      onClick={() =>
        void runAction(
          outcome,
          () => send({ variables: { applicationId: application.id } }),
          'Данные отправлены в ПФДО',
          true,
        )
      }
    >
      Отправить в ПФДО
    </button>
  );
}
