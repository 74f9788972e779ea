import Link from 'next/link';
import { ServerLoadFailure } from '../../../../_ui/server-load-failure';
import { applicationStepOf, childPaths, stepSummary } from '../../../_children/application-step';
import { ageText, fullName } from '../../../_children/format';
import type { CabinetChild } from '../../../_children/use-cabinet-children';
import { Breadcrumbs } from '../../../_shell/breadcrumbs';
import { cabinetData } from '../../../_shell/cabinet-session';
import { NoChildren } from './no-children';

/**
 * «Дополнительное образование»: each child, where his certificate stands, and the way on. A server component,
 * rendered from the server's one request on every visit.
 */
export async function ChildrenList() {
  const data = await cabinetData();
  if (data.status === 'signed-out') return null;
  const children = data.status === 'ok' ? data.children : null;
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Услуги', href: '/cabinet/services' }, { label: 'Дополнительное образование' }]} />
      <h1>Дополнительное образование</h1>
      <p className="muted">Подача заявления на выпуск сертификата персонифицированного дополнительного образования</p>
      {!children ? (
        <ServerLoadFailure />
      ) : children.length === 0 ? (
        <NoChildren />
      ) : (
        children.map((child) => <ChildCard key={child.id} child={child} />)
      )}
    </>
  );
}

const ACTION_LABELS = {
  document: 'Подать заявку на сертификат',
  email: 'Подать заявку на сертификат',
  unconfirmed: 'Открыть заявку',
  confirmed: 'Получить сертификат',
  certificate: 'Открыть сертификат',
} as const;

function ChildCard({ child }: { child: CabinetChild }) {
  const nameId = `child-${child.id}`;
  const summaryId = `child-${child.id}-summary`;
  const step = applicationStepOf(child);
  return (
    <section className="page-panel" aria-labelledby={nameId}>
      <h2 id={nameId}>{fullName(child)}</h2>
      <p className="muted">
        {ageText(child.age)}, {child.municipality.name}
      </p>
      <p id={summaryId}>{stepSummary(child)}</p>
      <Link
        prefetch={false}
        href={childPaths.application(child.id)}
        className="button button-primary"
        aria-describedby={`${nameId} ${summaryId}`}
      >
        {ACTION_LABELS[step]}
      </Link>
    </section>
  );
}
