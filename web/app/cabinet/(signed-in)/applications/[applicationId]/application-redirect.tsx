'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { childPaths } from '../../../_children/application-step';
import { useCabinetChildren } from '../../../_children/use-cabinet-children';
import { LoadState } from '../../../_shell/load-state';

export function ApplicationRedirect({ applicationId }: { applicationId: string }) {
  const router = useRouter();
  const { children, loading, error, refetch } = useCabinetChildren({ fresh: true });
  const child = children?.find(
    (candidate) =>
      candidate.application?.id === applicationId || candidate.certificate?.application?.id === applicationId,
  );

  useEffect(() => {
    if (child) router.replace(childPaths.application(child.id));
  }, [child, router]);

  if (!children || child) {
    return (
      <LoadState
        loading={loading || Boolean(child)}
        error={error}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }
  return (
    <div className="page-panel">
      <h1>Заявка не найдена</h1>
      <p>Этой заявки нет среди заявок ваших детей. Возможно, вы вошли под другой учётной записью.</p>
      <Link href="/cabinet/services/additional-education">Дополнительное образование</Link>
    </div>
  );
}
