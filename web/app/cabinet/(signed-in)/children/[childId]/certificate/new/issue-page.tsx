'use client';

import Link from 'next/link';
import { applicationStepOf, childPaths } from '../../../../../_children/application-step';
import { ChildHeading } from '../../../../../_children/child-heading';
import { useCabinetChild } from '../../../../../_children/use-cabinet-children';
import { ChildNotFound, LoadState } from '../../../../../_shell/load-state';
import { IssueForm } from './issue-form';

const NOT_READY: Record<string, string> = {
  certificate: 'Сертификат уже получен.',
  unconfirmed:
    'Заявка на сертификат не подтверждена: перейдите по ссылке из письма, чтобы подтвердить электронную почту.',
  email: 'Сначала подайте заявку на сертификат.',
  document: 'Сначала добавьте свидетельство о рождении или паспорт в документы ребенка.',
};

/** «Получить сертификат» after the e-mail is confirmed. */
export function IssuePage({ childId }: { childId: string }) {
  const { child, children, loading, error, refetch } = useCabinetChild(childId, { fresh: true });
  if (!child) {
    if (children) return <ChildNotFound />;
    return <LoadState loading={loading} error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  }
  const step = applicationStepOf(child);
  return (
    <>
      <ChildHeading child={child} page={{ label: 'Получение сертификата', title: 'Получение сертификата ПДО' }} />
      {step === 'confirmed' ? (
        <IssueForm child={child} application={child.application!} />
      ) : (
        <div className="page-panel">
          <p>{NOT_READY[step]}</p>
          <Link href={childPaths.application(child.id)}>Перейти к заявке</Link>
        </div>
      )}
    </>
  );
}
