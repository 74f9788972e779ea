import Link from 'next/link';
import type { CertificateAction } from '@/gql/graphql';

/** Each action's page and its label, as seed 001 names them. */
const ACTIONS: Record<CertificateAction, { path: string; label: string }> = {
  FREEZE: { path: 'freeze', label: 'Заморозить' },
  WITHDRAW_CONSENT: { path: 'withdraw-consent', label: 'Отозвать согласие' },
  NEW_EXTRACT: { path: 'extract', label: 'Сформировать новую выписку/Изменить пароль' },
};

/**
 * The certificate page's actions: links to their pages (`/registry/certificates/[number]/freeze`,
 * `/withdraw-consent`, `/extract`), only those the server allows the operator now
 * (`CertificateAtHand.allowedActions`, by the certificate's status and the operator's rights).
 */
export function CertificateActions({
  number,
  allowedActions,
}: {
  number: string;
  allowedActions: readonly CertificateAction[];
}) {
  if (allowedActions.length === 0) return null;
  return (
    <div className="actions">
      {allowedActions.map((action) => (
        <Link
          key={action}
          className={action === 'FREEZE' ? 'button button-warning' : 'button'}
          href={`/registry/certificates/${number}/${ACTIONS[action].path}`}
        >
          {ACTIONS[action].label}
        </Link>
      ))}
    </div>
  );
}
