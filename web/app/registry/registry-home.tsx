'use client';

import Link from 'next/link';
import { portals } from '../_auth/portals';
import { roleNames } from '../_auth/role-names';
import { mayDo, useOperator } from './_shell/operator';
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
        {mayDo(operator, 'CREATE_APPLICATION') && (
          <Link className="button button-primary" href="/registry/applications/new">
            Создать заявку
          </Link>
        )}
        <Link className="button" href="/registry/applications">
          {operator.role === 'ORG_OPERATOR' ? 'Поиск заявки' : 'Заявки'}
        </Link>
        {mayDo(operator, 'READ_CERTIFICATE_REGISTER') && (
          <Link className="button" href="/registry/certificates">
            Сертификаты
          </Link>
        )}
        {operator.role === 'REGIONAL_OPERATOR' && (
          <Link className="button" href="/registry/certificates/not-sent">
            Не отправленные в ПФДО сертификаты
          </Link>
        )}
        {mayDo(operator, 'MANAGE_CERTIFICATE_GROUPS') && (
          <Link className="button" href="/registry/groups">
            Группы сертификатов
          </Link>
        )}
        {mayDo(operator, 'CHANGE_GROUPS_IN_BULK') && (
          <Link className="button" href="/registry/batch">
            Пакетные обработки
          </Link>
        )}
        {operator.role !== 'ORG_OPERATOR' && (
          <Link className="button" href="/registry/organizations">
            Пользователи организаций
          </Link>
        )}
        {mayDo(operator, 'MANAGE_SETTINGS') && (
          <Link className="button" href="/registry/settings">
            Мои параметры
          </Link>
        )}
        {mayDo(operator, 'READ_REPORTS') && (
          <Link className="button" href="/registry/reports">
            Отчеты
          </Link>
        )}
        <Link className="button" href="/registry/references">
          Справочники
        </Link>
      </div>
    </section>
  );
}
