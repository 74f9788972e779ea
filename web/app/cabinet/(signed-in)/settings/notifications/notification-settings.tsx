'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { usePrimedCache, usePrimedJustNow, type ServerAnswer } from '@/app/_apollo/prime';
import { describeError } from '@/app/_auth/describe-error';
import { AppForm } from '@/app/_ui/app-form';
import { ErrorSummary } from '@/app/_ui/error-summary';
import { LoadState } from '@/app/_ui/load-state';
import type { NotificationSettingsQuery as Settings, StatusMailKind } from '@/gql/graphql';
import { SettingsNav } from '../_account/settings-nav';
import styles from './notification-settings.module.css';
import { NotificationSettingsQuery, UpdateNotificationSettingsMutation } from './notification-settings.operations';

/**
 * «Настройка уведомлений»: the optional status e-mails as GOV.UK checkboxes, the mandatory ones as a list
 * (they always come: they change what the family may do with the certificate).
 */
export function PrimedNotificationSettings({ server }: { server: ServerAnswer }) {
  usePrimedCache(server, [], [{ query: NotificationSettingsQuery }]);
  return <NotificationSettings />;
}

function NotificationSettings() {
  // Asked afresh on every visit, but not on the page load whose server render has just fetched them (prime.ts).
  const primed = usePrimedJustNow(NotificationSettingsQuery);
  const settings = useQuery(NotificationSettingsQuery, { fetchPolicy: primed ? 'cache-first' : 'network-only' });
  return (
    <section className="page-panel" aria-labelledby="notifications-title">
      <h1 id="notifications-title">Настройка уведомлений</h1>
      <SettingsNav />
      {settings.data ? (
        <SettingsForm settings={settings.data.notificationSettings} />
      ) : (
        <LoadState
          loading={settings.loading}
          error={settings.error}
          onRetry={() => void settings.refetch().catch(() => undefined)}
        />
      )}
    </section>
  );
}

function SettingsForm({ settings }: { settings: Settings['notificationSettings'] }) {
  const id = useId();
  const optional = settings.filter((setting) => !setting.mandatory);
  const mandatory = settings.filter((setting) => setting.mandatory);
  const [enabled, setEnabled] = useState<StatusMailKind[]>(
    optional.filter((setting) => setting.enabled).map((setting) => setting.kind),
  );
  const [saved, setSaved] = useState(false);
  const [general, setGeneral] = useState<string | undefined>();
  const [save, { loading }] = useMutation(UpdateNotificationSettingsMutation);

  function toggle(kind: StatusMailKind, checked: boolean) {
    setSaved(false);
    setEnabled((current) => (checked ? [...current, kind] : current.filter((other) => other !== kind)));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setGeneral(undefined);
    try {
      await save({ variables: { enabledKinds: enabled } });
      setSaved(true);
    } catch (caught) {
      setGeneral(describeError(caught).message);
    }
  }

  return (
    <AppForm onSubmit={handleSubmit}>
      <ErrorSummary errors={[]} general={general} />
      {saved && (
        <p role="status" className="notice notice-success">
          Настройки сохранены.
        </p>
      )}
      <fieldset className={styles.fieldset} aria-describedby={`${id}-hint`}>
        <legend className="field-legend">Какие письма о заявках и сертификате присылать?</legend>
        <p id={`${id}-hint`} className="field-hint">
          Письма приходят на адрес электронной почты, подтверждённый в заявке. Отметьте нужные.
        </p>
        {optional.map((setting) => (
          <div key={setting.kind} className={styles.check}>
            <input
              type="checkbox"
              id={`${id}-${setting.kind}`}
              name="enabledKinds"
              value={setting.kind}
              checked={enabled.includes(setting.kind)}
              onChange={(event) => toggle(setting.kind, event.target.checked)}
            />
            <label htmlFor={`${id}-${setting.kind}`}>{setting.title}</label>
          </div>
        ))}
      </fieldset>
      <h2>Письма, которые приходят всегда</h2>
      <p>Они меняют то, что можно делать с сертификатом, поэтому отключить их нельзя:</p>
      <ul>
        {mandatory.map((setting) => (
          <li key={setting.kind}>{setting.title}</li>
        ))}
      </ul>
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={loading}>
          Сохранить
        </button>
      </div>
    </AppForm>
  );
}
