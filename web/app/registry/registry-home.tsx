'use client';

import Link from 'next/link';
import { portals } from '../_auth/portals';
import { roleNames } from '../_auth/role-names';
import { useOperator } from './_shell/operator';
import { registrySections } from './_shell/registry-sections';
import styles from './_shell/registry.module.css';

export function RegistryHome() {
  const operator = useOperator();
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
