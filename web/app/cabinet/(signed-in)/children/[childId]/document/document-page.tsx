'use client';

import { ChildHeading } from '../../../../_children/child-heading';
import { useCabinetChild } from '../../../../_children/use-cabinet-children';
import { ChildNotFound, LoadState } from '../../../../_shell/load-state';
import { DocumentForm } from './document-form';

/** «Предоставить документ» → «Описание документа». */
export function DocumentPage({ childId }: { childId: string }) {
  const { child, children, loading, error, refetch } = useCabinetChild(childId);
  if (!child || !children) {
    if (children) return <ChildNotFound />;
    return <LoadState loading={loading} error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  }
  return (
    <>
      <ChildHeading child={child} page={{ label: 'Описание документа', title: 'Описание документа' }} />
      <DocumentForm child={child} />
    </>
  );
}
