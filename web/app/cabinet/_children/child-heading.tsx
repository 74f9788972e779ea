import { Breadcrumbs, servicesTrail } from '../_shell/breadcrumbs';
import { fullName } from './format';
import type { CabinetChild } from './use-cabinet-children';

/** The trail and the child's name over every page of his application; `page` names a sub-page. */
export function ChildHeading({ child, page }: { child: CabinetChild; page?: { label: string; title: string } }) {
  const name = fullName(child);
  const trail = [...servicesTrail, { label: name, href: `/cabinet/children/${child.id}/application` }];
  if (page) trail.push({ label: page.label });
  return (
    <>
      <Breadcrumbs trail={trail} />
      {page ? (
        <>
          <p className="kicker">{name}</p>
          <h1>{page.title}</h1>
        </>
      ) : (
        <h1>{name}</h1>
      )}
    </>
  );
}
