'use client';

import { useQuery } from '@apollo/client/react';
import { MyHolderSettingsDocument } from '@/gql/graphql';
import { describeError } from '../../../_auth/describe-error';
import { AttendanceCertificate } from './attendance-certificate';
import { ConsentAndNearby } from './consent-and-nearby';
import { EmailForm } from './email-form';
import { PasswordForm } from './password-form';
import { ProtectionForm } from './protection-form';
import { RepresentativeForm } from './representative-form';

/** «НАСТРОЙКИ ПОЛЬЗОВАТЕЛЯ» of the certificate's cabinet, in the seed's order (seed 002 §8). */
export function HolderSettingsPanels() {
  const { data, loading, error } = useQuery(MyHolderSettingsDocument);
  const settings = data?.myHolderSettings ?? null;
  return (
    <>
      {settings ? (
        <>
          <RepresentativeForm settings={settings} />
          <ProtectionForm />
          <ConsentAndNearby settings={settings} />
        </>
      ) : error ? (
        <p role="alert" className="form-error">
          {describeError(error).message}
        </p>
      ) : (
        loading && <p className="muted">Загрузка…</p>
      )}
      <AttendanceCertificate />
      <EmailForm />
      <PasswordForm />
    </>
  );
}
