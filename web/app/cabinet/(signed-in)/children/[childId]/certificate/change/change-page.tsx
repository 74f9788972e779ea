'use client';

import Link from 'next/link';
import { childPaths } from '../../../../../_children/application-step';
import { ChildHeading } from '../../../../../_children/child-heading';
import { useCabinetChild } from '../../../../../_children/use-cabinet-children';
import { ChildNotFound, LoadState } from '../../../../../_shell/load-state';
import { ChangeForm } from './change-form';

/** «Изменить сертификат»: a change of group, of municipality or of the child's data, filed by the parent. */
export function ChangePage({ childId }: { childId: string }) {
  const { child, children, loading, error, refetch } = useCabinetChild(childId, { fresh: true });
  if (!child) {
    if (children) return <ChildNotFound />;
    return <LoadState loading={loading} error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  }
  return (
    <>
      <ChildHeading child={child} page={{ label: 'Изменение сертификата', title: 'Заявка на изменение сертификата' }} />
      {child.certificate ? (
        <ChangeForm child={child} certificate={child.certificate} />
      ) : (
        <div className="page-panel">
          <p>У ребёнка пока нет сертификата: изменять нечего.</p>
          <Link href={childPaths.application(child.id)}>Перейти к заявке</Link>
        </div>
      )}
    </>
  );
}
