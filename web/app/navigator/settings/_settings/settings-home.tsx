'use client';

import { useQuery } from '@apollo/client/react';
import { usePrimedCache, type ServerAnswer } from '../../../_apollo/prime';
import { MeQuery } from '../../../_auth/auth.operations';
import { Main } from '../../../_ui/main';
import { HolderSettingsPanels } from './holder-settings-panels';
import { MergedCabinetsForm } from './merged-cabinets-form';
import { SETTINGS_PANEL_QUERIES } from './settings-page-queries';

/** /navigator/settings: «НАСТРОЙКИ ПОЛЬЗОВАТЕЛЯ» for the certificate holder; anyone else is sent to the sign-in. */
export function SettingsHome({ session }: { session: ServerAnswer }) {
  usePrimedCache(session, [{ query: MeQuery }], SETTINGS_PANEL_QUERIES);
  const { data, loading } = useQuery(MeQuery);
  const me = data?.me ?? null;
  return (
    <Main>
      <h1>Настройки пользователя</h1>
      {me?.role === 'CERTIFICATE_HOLDER' ? (
        <>
          <HolderSettingsPanels />
          <MergedCabinetsForm />
        </>
      ) : (
        !loading && (
          <p>
            {me ? 'Раздел доступен владельцу сертификата. ' : ''}
            <a href="/navigator">Войти в личный кабинет сертификата</a>
          </p>
        )
      )}
    </Main>
  );
}
