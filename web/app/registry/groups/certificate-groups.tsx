'use client';

import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { FormField } from '@/app/_ui/form-field';
import { LoadState } from '@/app/_ui/load-state';
import { useOperator } from '@/app/registry/_shell/operator';
import { CertificateGroupsOfQuery, MyCertificateGroupsQuery } from './certificate-groups.operations';
import { GroupCard } from './group-card';
import { ImportPanel } from './import-panel';

/**
 * «Группы сертификатов» (seed 001): the municipality's groups, «Импорт из PFDO» of the navigator's settings,
 * and per group its description, blocking and deletion. The regional operator first picks the municipality.
 */
export function CertificateGroups({ primed = false }: { primed?: boolean }) {
  const operator = useOperator();
  const id = useId();
  const regional = operator.role === 'REGIONAL_OPERATOR';
  const mine = useQuery(MyCertificateGroupsQuery, { fetchPolicy: primed ? 'cache-first' : 'cache-and-network' });
  const [chosen, setChosen] = useState('');
  const other = useQuery(CertificateGroupsOfQuery, {
    variables: { municipalityId: chosen },
    skip: !regional || !chosen,
    fetchPolicy: 'cache-and-network',
  });
  const [notice, setNotice] = useState<string | null>(null);
  const current = regional ? other : mine;
  const municipality = regional ? other.data?.municipality : mine.data?.me?.municipality;
  const refetch = () => void current.refetch().catch(() => undefined);

  return (
    <>
      <h1>Группы сертификатов</h1>
      {regional && (
        <FormField id={`${id}-municipality`} label="Муниципалитет">
          {(wiring) => (
            <select {...wiring} value={chosen} onChange={(event) => setChosen(event.target.value)}>
              <option value="">Выберите муниципалитет</option>
              {(mine.data?.municipalities ?? []).map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      {notice && (
        <p className="notice notice-success" role="status">
          {notice}
        </p>
      )}
      {!municipality && <LoadState loading={current.loading} error={current.error} onRetry={refetch} />}
      {municipality && (
        <>
          <p className="muted">
            Группы муниципалитета: {municipality.name}. Группы настраиваются в ПФДО (раздел «Настройка сертификатов») и
            импортируются сюда.
          </p>
          <ImportPanel
            municipalityId={municipality.id}
            onImported={(count) => {
              setNotice(`Импортировано групп: ${count}`);
              refetch();
            }}
          />
          {municipality.certificateGroups.length === 0 ? (
            <p>Групп пока нет: импортируйте их из ПФДО.</p>
          ) : (
            <ul className="plain-list" aria-label="Группы сертификатов">
              {municipality.certificateGroups.map((group) => (
                <li key={group.id}>
                  <GroupCard
                    group={group}
                    onDeleted={() => {
                      setNotice(`Группа «${group.name}» удалена`);
                      refetch();
                    }}
                  />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
