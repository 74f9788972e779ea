'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { usePrimedCache, type ServerAnswer } from '../../_apollo/prime';
import { DOCUMENT_TYPES } from '../../_ui/document-types';
import { LoadState } from '../../_ui/load-state';
import shell from '../_shell/registry.module.css';
import { MunicipalityChooser } from '../settings/municipality-chooser';
import { referencesVariables } from './references-params';
import { ReferencesPageQuery } from './references.operations';

/**
 * «Справочники»: what the cabinets choose from — municipalities, the municipality's reception
 * organizations (by pages of 20), document types and certificate groups — in one request.
 */
export function ReferencesPage({ params, server }: { params: Record<string, string>; server: ServerAnswer }) {
  const variables = referencesVariables(params);
  usePrimedCache(server, [], [{ query: ReferencesPageQuery, variables }]);
  const { data, loading, error, refetch } = useQuery(ReferencesPageQuery, { variables });
  const municipality = data?.chosenMunicipality ?? data?.me?.municipality ?? null;
  const municipalityId = municipality?.id ?? '';
  const page = municipality?.receptionOrganizationPage;
  const nextHref = page?.nextCursor
    ? `/registry/references?${new URLSearchParams({ municipality: municipalityId, after: page.nextCursor }).toString()}`
    : null;

  return (
    <section className="page-panel" aria-labelledby="references-title">
      <h1 id="references-title">Справочники</h1>
      <MunicipalityChooser
        municipalities={data?.municipalities ?? []}
        chosen={municipalityId}
        action="/registry/references"
      />
      {!data && <LoadState loading={loading} error={error} onRetry={() => void refetch().catch(() => undefined)} />}
      {data && (
        <>
          <h2>Муниципалитеты</h2>
          <ul>
            {data.municipalities.map((entry) => (
              <li key={entry.id}>
                {entry.name} <span className="field-hint">({entry.territoryName})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {municipality && (
        <>
          <h2>Организации по приёму заявлений: {municipality.name}</h2>
          <div className={shell.tableWrap} tabIndex={0} role="region" aria-label="Организации по приёму заявлений">
            <table className={shell.table}>
              <thead>
                <tr>
                  <th scope="col">Организация</th>
                  <th scope="col">Адрес</th>
                  <th scope="col">Кабинет</th>
                  <th scope="col">Телефоны</th>
                  <th scope="col">Часы работы</th>
                </tr>
              </thead>
              <tbody>
                {page?.organizations.length === 0 && (
                  <tr>
                    <td colSpan={5}>Ничего не найдено.</td>
                  </tr>
                )}
                {page?.organizations.map((organization) => (
                  <tr key={organization.id}>
                    <td>{organization.name}</td>
                    <td>{organization.address}</td>
                    <td>{organization.room}</td>
                    <td>{organization.phones}</td>
                    <td>{organization.workingHours}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            {params.after && <Link href={`/registry/references?municipality=${municipalityId}`}>В начало списка</Link>}{' '}
            {nextHref && <Link href={nextHref}>Следующие 20</Link>}
          </p>

          <h2>Группы сертификатов: {municipality.name}</h2>
          <div className={shell.tableWrap} tabIndex={0} role="region" aria-label="Группы сертификатов">
            <table className={shell.table}>
              <thead>
                <tr>
                  <th scope="col">Группа сертификата</th>
                  <th scope="col">Возраст</th>
                  <th scope="col">Состояние</th>
                </tr>
              </thead>
              <tbody>
                {municipality.certificateGroups.map((group) => (
                  <tr key={group.id}>
                    <td>{group.name}</td>
                    <td>
                      от {group.minAge} до {group.maxAge} лет
                    </td>
                    <td>{group.blocked ? 'Заблокирована' : 'Действует'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      <h2>Типы документов ребёнка</h2>
      <ul>
        {DOCUMENT_TYPES.map((type) => (
          <li key={type.value}>
            {type.label}
            {type.minAge ? ` (с ${type.minAge} лет)` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
