import Link from 'next/link';
import { ServerLoadFailure } from '../../../_ui/server-load-failure';
import { childPaths, stepSummary } from '../../_children/application-step';
import { ageText, formatDate, fullName } from '../../_children/format';
import { cabinetData } from '../../_shell/cabinet-session';
import { NoChildren } from '../services/additional-education/no-children';

/**
 * «Дети»: the children the school lists for this account, with their documents. A server component: rendered
 * from the server's one request on every visit (so the statuses are fresh), with no script of its own.
 */
export async function ChildrenOverview() {
  const data = await cabinetData();
  if (data.status === 'signed-out') return null;
  const children = data.status === 'ok' ? data.children : null;
  return (
    <>
      <h1>Дети</h1>
      {!children ? (
        <ServerLoadFailure />
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
