import Link from 'next/link';
import type { ServerAnswer } from '../_apollo/prime';
import { portals } from '../_auth/portals';
import { roleNames } from '../_auth/role-names';
import type { Operator } from './_shell/operator-rights';
import { registrySections } from './_shell/registry-sections';
import styles from './_shell/registry.module.css';

/**
 * The registry's start page: who is signed in and the sections he may open. A server component, from the page's
 * one server request (`session`); without an operator in it the gate shows the sign-in form or the notice.
 */
export function RegistryHome({ session }: { session: ServerAnswer }) {
  const operator = session.status === 'ok' ? (session.data.me as Operator | null) : null;
  if (!operator?.registryActions) return null;
  return (
    <section className="page-panel" aria-labelledby="registry-home-title">
      <h1 id="registry-home-title">{portals.registry.name}</h1>
      <dl className={styles.details}>
        <dt>Пользователь</dt>
        <dd>{operator.fullName}</dd>
        <dt>Роль</dt>
        <dd>{roleNames[operator.role]}</dd>
        {operator.organization && (
          <>
            <dt>Организация</dt>
            <dd>{operator.organization.name}</dd>
          </>
        )}
        {operator.municipality && (
          <>
            <dt>Муниципалитет</dt>
            <dd>{operator.municipality.name}</dd>
          </>
        )}
      </dl>
      <div className="actions">
        {registrySections(operator)
          .filter((section) => section.href !== '/registry')
          .map((section) => (
            <Link
              key={section.href}
              className={section.href === '/registry/applications/new' ? 'button button-primary' : 'button'}
              href={section.href}
            >
              {section.label}
            </Link>
          ))}
      </div>
    </section>
  );
}
