'use client';

import Link from 'next/link';
import { childPaths, stepSummary } from '../../_children/application-step';
import { ageText, formatDate, fullName } from '../../_children/format';
import { useCabinetChildren } from '../../_children/use-cabinet-children';
import { LoadState } from '../../_shell/load-state';
import { NoChildren } from '../services/additional-education/no-children';

/** «Дети»: the children the school lists for this account, with their documents. */
export function ChildrenOverview() {
  const { children, loading, error, refetch } = useCabinetChildren({ fresh: true });
  return (
    <>
      <h1>Дети</h1>
      {!children ? (
        <LoadState loading={loading} error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : children.length === 0 ? (
        <NoChildren />
      ) : (
        <ul className="plain-list">
          {children.map((child) => (
            <li key={child.id} className="page-panel">
              <h2>{fullName(child)}</h2>
              <ul className="facts">
                <li>
                  <span className="label">Дата рождения:</span> {formatDate(child.birthDate)} ({ageText(child.age)})
                </li>
                <li>
                  <span className="label">Муниципалитет:</span> {child.municipality.name}
                </li>
                <li>
                  <span className="label">Документы:</span>{' '}
                  {child.documents.length === 0
                    ? 'не добавлены'
                    : child.documents.map((document) => document.typeName).join(', ')}
                </li>
                <li>{stepSummary(child)}</li>
              </ul>
              <Link href={childPaths.application(child.id)} prefetch={false}>
                Дополнительное образование: {fullName(child)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
