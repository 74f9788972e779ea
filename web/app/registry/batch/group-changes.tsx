'use client';

import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { FormField } from '@/app/_ui/form-field';
import { LoadState } from '@/app/_ui/load-state';
import { useOperator } from '@/app/registry/_shell/operator';
import { GroupChangesOfQuery, MyGroupChangesQuery } from './group-changes.operations';
import { JobHistory } from './job-history';
import { JobProgress } from './job-progress';
import { StartGroupChangeForm } from './start-group-change-form';

/**
 * «Пакетные обработки» (seed 001): the mass change of group, run in the background; its progress while it
 * runs, and the jobs run before. The regional operator first picks the municipality.
 */
export function GroupChanges({ primed = false }: { primed?: boolean }) {
  const operator = useOperator();
  const id = useId();
  const regional = operator.role === 'REGIONAL_OPERATOR';
  const mine = useQuery(MyGroupChangesQuery, { fetchPolicy: primed ? 'cache-first' : 'cache-and-network' });
  const [chosen, setChosen] = useState('');
  const other = useQuery(GroupChangesOfQuery, {
    variables: { municipalityId: chosen },
    skip: !regional || !chosen,
    fetchPolicy: 'cache-and-network',
  });
  const current = regional ? other : mine;
  const municipality = regional ? other.data?.municipality : mine.data?.me?.municipality;
  const running = municipality?.groupChangeJobs.items.find((job) => job.status === 'RUNNING');
  const [shownJobId, setShownJobId] = useState<string | null>(null);
  const jobId = shownJobId ?? running?.id ?? null;
  const refetch = () => void current.refetch().catch(() => undefined);

  return (
    <>
      <h1>Пакетные обработки</h1>
      {regional && (
        <FormField id={`${id}-municipality`} label="Муниципалитет">
          {(wiring) => (
            <select
              {...wiring}
              value={chosen}
              onChange={(event) => {
                setChosen(event.target.value);
                setShownJobId(null);
              }}
            >
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
      {!municipality && <LoadState loading={current.loading} error={current.error} onRetry={refetch} />}
      {municipality && (
        <>
          <StartGroupChangeForm
            municipalityId={municipality.id}
            groups={municipality.certificateGroups}
            onStarted={(job) => {
              setShownJobId(job.id);
              refetch();
            }}
          />
          {jobId && <JobProgress jobId={jobId} onFinished={refetch} />}
          <JobHistory municipality={municipality} onShow={setShownJobId} />
        </>
      )}
    </>
  );
}
