'use client';

import { useApolloClient, useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useId, useState } from 'react';
import { usePrimedCache, type ServerAnswer } from '@/app/_apollo/prime';
import { describeError } from '@/app/_auth/describe-error';
import { LoadState } from '@/app/_ui/load-state';
import { ShowMore } from '@/app/_ui/show-more';
import { mayDo, useOperator } from '@/app/registry/_shell/operator';
import styles from '@/app/registry/_shell/registry.module.css';
import { MunicipalityChooser } from '@/app/registry/settings/municipality-chooser';
import type { GroupSettingRowFragment } from '@/gql/graphql';
import { ageRange, formatRoubles } from '../group-facts';
import { GroupSettingForm } from './group-setting-form';
import { GROUP_SETTINGS_PAGE_SIZE, groupSettingsVariables } from './group-settings-params';
import { GroupSettingsPageQuery, MoreGroupSettingsQuery } from './group-settings.operations';

/** What the form is open for: a new setting, or the one being edited. */
type Editing = { kind: 'new' } | { kind: 'edit'; setting: GroupSettingRowFragment } | null;

/**
 * «Настройка сертификатов» (seed 001): the navigator's group settings of the municipality, which «Импорт из
 * PFDO» then brings into the registry; «Добавить группу сертификатов» and each setting's edit.
 */
export function GroupSettingsPage({ municipality: chosen, server }: { municipality: string; server: ServerAnswer }) {
  const operator = useOperator();
  const client = useApolloClient();
  const id = useId();
  const variables = groupSettingsVariables(chosen);
  usePrimedCache(server, [], [{ query: GroupSettingsPageQuery, variables }]);
  const { data, loading, error, refetch } = useQuery(GroupSettingsPageQuery, { variables });
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [more, setMore] = useState<{ rows: GroupSettingRowFragment[]; cursor: string | null | undefined }>({
    rows: [],
    cursor: undefined,
  });
  const [moreLoading, setMoreLoading] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);
  const regional = operator.role === 'REGIONAL_OPERATOR';

  if (!mayDo(operator, 'MANAGE_CERTIFICATE_GROUPS')) {
    return (
      <section className="page-panel">
        <h1>Настройка сертификатов</h1>
        <p className="notice">Раздел доступен операторам реестра сертификатов.</p>
      </section>
    );
  }
  const municipality = data?.chosenMunicipality ?? data?.me?.municipality ?? null;
  const page = municipality?.groupSettings;
  const rows = [...(page?.settings ?? []), ...more.rows];
  const cursor = more.cursor === undefined ? page?.nextCursor : more.cursor;

  async function showMore() {
    if (!cursor || !municipality) return;
    setMoreLoading(true);
    setMoreError(null);
    try {
      const result = await client.query({
        query: MoreGroupSettingsQuery,
        variables: { municipalityId: municipality.id, first: GROUP_SETTINGS_PAGE_SIZE, after: cursor },
        fetchPolicy: 'network-only',
      });
      const next = result.data?.municipality?.groupSettings;
      if (next) setMore((current) => ({ rows: [...current.rows, ...next.settings], cursor: next.nextCursor }));
    } catch (caught) {
      setMoreError(describeError(caught).message);
    } finally {
      setMoreLoading(false);
    }
  }

  function saved(setting: GroupSettingRowFragment, created: boolean) {
    setEditing(null);
    setNotice(created ? `Группа «${setting.name}» добавлена` : `Группа «${setting.name}» сохранена`);
    setMore({ rows: [], cursor: undefined });
    void refetch().catch(() => undefined);
  }

  return (
    <>
      <section className="page-panel" aria-labelledby={`${id}-title`}>
        <h1 id={`${id}-title`}>Настройка сертификатов</h1>
        <p className="muted">
          Группы сертификатов муниципалитета в ПФДО (навигатор): наименование, номинал, возраст, число бюджетных
          программ и лимит средств. В реестр их переносит «Импорт из PFDO» на странице{' '}
          <Link href="/registry/groups">«Группы сертификатов»</Link>. Изменения здесь не меняют уже импортированную
          группу: реестр хранит её копию.
        </p>
        {regional && data && (
          <MunicipalityChooser
            municipalities={data.municipalities}
            chosen={chosen}
            action="/registry/groups/settings"
          />
        )}
      </section>
      {notice && (
        <p className="notice notice-success" role="status">
          {notice}
        </p>
      )}
      {!data && <LoadState loading={loading} error={error} onRetry={() => void refetch().catch(() => undefined)} />}
      {data && !municipality && <p>Выберите муниципалитет, чтобы настроить его группы сертификатов.</p>}
      {municipality && (
        <section className="page-panel" aria-labelledby={`${id}-list`}>
          <h2 id={`${id}-list`}>Группы сертификатов: {municipality.name}</h2>
          {editing?.kind !== 'new' && (
            <div className="actions">
              <button
                type="button"
                className="button button-primary"
                onClick={() => {
                  setNotice(null);
                  setEditing({ kind: 'new' });
                }}
              >
                Добавить группу сертификатов
              </button>
            </div>
          )}
          {editing?.kind === 'new' && (
            <GroupSettingForm
              municipalityId={regional ? municipality.id : null}
              setting={null}
              onSaved={(setting) => saved(setting, true)}
              onCancel={() => setEditing(null)}
            />
          )}
          {rows.length === 0 ? (
            <p>Групп пока нет: добавьте первую.</p>
          ) : (
            <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="Таблица групп сертификатов">
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th scope="col">Наименование</th>
                    <th scope="col">Возраст</th>
                    <th scope="col">Номинал</th>
                    <th scope="col">Бюджетных программ (знач. / общ. / предпроф.)</th>
                    <th scope="col">Лимит средств</th>
                    <th scope="col">
                      <span className={styles.visuallyHidden}>Действия</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((setting) => (
                    <tr key={setting.id} data-testid="group-setting-row">
                      <td data-label="Наименование">{setting.name}</td>
                      <td data-label="Возраст">{ageRange(setting)}</td>
                      <td data-label="Номинал">{formatRoubles(setting.nominal)}</td>
                      <td data-label="Бюджетных программ">
                        <span aria-hidden="true">
                          {setting.significantPrograms} / {setting.generalPrograms} / {setting.preProfessionalPrograms}
                        </span>
                        <span className={styles.visuallyHidden}>
                          значимых: {setting.significantPrograms}, общеразвивающих: {setting.generalPrograms},
                          предпрофессиональных: {setting.preProfessionalPrograms}
                        </span>
                      </td>
                      <td data-label="Лимит средств">{formatRoubles(setting.municipalityLimit)}</td>
                      <td>
                        <button
                          type="button"
                          className="button"
                          aria-label={`Изменить: ${setting.name}`}
                          onClick={() => {
                            setNotice(null);
                            setEditing({ kind: 'edit', setting });
                          }}
                        >
                          Изменить
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <ShowMore hasMore={Boolean(cursor)} loading={moreLoading} error={moreError} onShowMore={showMore} />
          {editing?.kind === 'edit' && (
            <GroupSettingForm
              key={editing.setting.id}
              municipalityId={null}
              setting={editing.setting}
              onSaved={(setting) => saved(setting, false)}
              onCancel={() => setEditing(null)}
            />
          )}
        </section>
      )}
    </>
  );
}
