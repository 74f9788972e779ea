'use client';

import { useQuery } from '@apollo/client/react';
import { usePrimedCache, type ServerAnswer } from '../../_apollo/prime';
import { LoadState } from '../../_ui/load-state';
import { mayDo, useOperator } from '../_shell/operator';
import { CitizenNoticeForm } from './citizen-notice-form';
import { MunicipalityChooser } from './municipality-chooser';
import { OrganizationForm } from './organization-form';
import { RegulationSection } from './regulation-section';
import { settingsVariables } from './settings-params';
import { SettingsPageQuery } from './settings.operations';

/** «Мои параметры»: the operator's organization, and his municipality's «Положение о ПДО». */
export function SettingsPage({ params, server }: { params: Record<string, string>; server: ServerAnswer }) {
  const operator = useOperator();
  const variables = settingsVariables(params);
  usePrimedCache(server, [], [{ query: SettingsPageQuery, variables }]);
  const { data, loading, error, refetch } = useQuery(SettingsPageQuery, { variables });

  if (!mayDo(operator, 'MANAGE_SETTINGS')) {
    return (
      <section className="page-panel">
        <h1>Мои параметры</h1>
        <p className="notice">Раздел доступен операторам реестра сертификатов.</p>
      </section>
    );
  }
  if (!data) {
    return <LoadState loading={loading} error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  }
  const municipality = data.chosenMunicipality ?? data.me?.municipality ?? null;
  return (
    <>
      <section className="page-panel" aria-labelledby="settings-title">
        <h1 id="settings-title">Мои параметры</h1>
        {data.me?.organization && <OrganizationForm organization={data.me.organization} />}
      </section>
      <section className="page-panel" aria-labelledby="regulation-title">
        <h2 id="regulation-title">Положение о персонифицированном дополнительном образовании</h2>
        {operator.role === 'REGIONAL_OPERATOR' && (
          <MunicipalityChooser municipalities={data.municipalities} chosen={params.municipality ?? ''} />
        )}
        {municipality ? (
          <>
            <RegulationSection municipality={municipality} onChanged={() => void refetch().catch(() => undefined)} />
            <CitizenNoticeForm
              key={municipality.id}
              municipalityId={municipality.id}
              activationNotice={municipality.activationNotice ?? ''}
              supportPhones={municipality.supportPhones ?? ''}
            />
          </>
        ) : (
          <p>Выберите муниципалитет, чтобы загрузить его Положение.</p>
        )}
      </section>
    </>
  );
}
