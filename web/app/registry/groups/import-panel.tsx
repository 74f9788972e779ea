'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useId, useState, type FormEvent } from 'react';
import { describeError, fieldMessage } from '@/app/_auth/describe-error';
import { AppForm } from '@/app/_ui/app-form';
import { ErrorSummary } from '@/app/_ui/error-summary';
import { LoadState } from '@/app/_ui/load-state';
import styles from '@/app/registry/_shell/registry.module.css';
import { ImportCertificateGroupsMutation, NavigatorGroupSettingsQuery } from './certificate-groups.operations';
import { ageRange, budgetPrograms, formatRoubles } from './group-facts';

/** «Импорт из PFDO»: the button, and under it the navigator's settings to tick. */
export function ImportPanel({
  municipalityId,
  onImported,
}: {
  municipalityId: string;
  onImported: (count: number) => void;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <section className="page-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Импорт из PFDO</h2>
      {!open ? (
        <div className="actions">
          <button type="button" className="button button-primary" aria-expanded={false} onClick={() => setOpen(true)}>
            Импорт из PFDO
          </button>
          <Link className="button" href={`/registry/groups/settings?municipality=${municipalityId}`}>
            Настройка сертификатов
          </Link>
        </div>
      ) : (
        <ImportForm
          municipalityId={municipalityId}
          onCancel={() => setOpen(false)}
          onImported={(count) => {
            setOpen(false);
            onImported(count);
          }}
        />
      )}
    </section>
  );
}

function ImportForm({
  municipalityId,
  onCancel,
  onImported,
}: {
  municipalityId: string;
  onCancel: () => void;
  onImported: (count: number) => void;
}) {
  const id = useId();
  const settings = useQuery(NavigatorGroupSettingsQuery, {
    variables: { municipalityId },
    fetchPolicy: 'network-only',
  });
  const [ticked, setTicked] = useState<string[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [general, setGeneral] = useState<string | undefined>();
  const [importGroups, { loading }] = useMutation(ImportCertificateGroupsMutation);
  const list = settings.data?.navigatorGroupSettings ?? [];
  const firstInput = `${id}-setting-0`;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setGeneral(undefined);
    if (ticked.length === 0) {
      setError('Отметьте группы для импорта');
      return;
    }
    setError(undefined);
    try {
      const result = await importGroups({ variables: { municipalityId, settingIds: ticked } });
      onImported(result.data?.importCertificateGroups.length ?? ticked.length);
    } catch (caught) {
      const described = describeError(caught);
      const forField = fieldMessage(described, 'settingIds');
      if (forField) setError(forField);
      else setGeneral(described.message);
    }
  }

  if (!settings.data) {
    return (
      <LoadState
        loading={settings.loading}
        error={settings.error}
        onRetry={() => void settings.refetch().catch(() => undefined)}
      />
    );
  }
  return (
    <AppForm onSubmit={handleSubmit}>
      <ErrorSummary errors={error ? [{ inputId: firstInput, message: error }] : []} general={general} />
      <fieldset
        className={`${styles.fieldset} ${error ? 'field-invalid' : ''}`}
        aria-describedby={`${id}-hint ${id}-error`}
      >
        <legend>Настройка сертификатов в ПФДО: отметьте нужные группы</legend>
        <p id={`${id}-hint`} className="field-hint">
          Группы, которые уполномоченный орган завёл в ПФДО. Импортированная группа больше не предлагается.
        </p>
        <p id={`${id}-error`} className="field-error">
          {error && <span className="visually-hidden">Ошибка: </span>}
          {error}
        </p>
        {list.length === 0 && <p>В ПФДО нет групп этого муниципалитета.</p>}
        {list.map((setting, index) => (
          <div key={setting.id} className={styles.check}>
            <input
              type="checkbox"
              id={`${id}-setting-${index}`}
              name="settingIds"
              value={setting.id}
              disabled={setting.imported}
              checked={setting.imported || ticked.includes(setting.id)}
              onChange={(event) =>
                setTicked((current) =>
                  event.target.checked ? [...current, setting.id] : current.filter((value) => value !== setting.id),
                )
              }
            />
            <label htmlFor={`${id}-setting-${index}`}>
              {setting.name}
              <span className="field-hint lines">
                <span>
                  Возраст {ageRange(setting)}; номинал {formatRoubles(setting.nominal)}; бюджетных программ:{' '}
                  {budgetPrograms(setting.budgetPrograms)}
                </span>
                {setting.imported && <span>Уже импортирована</span>}
              </span>
            </label>
          </div>
        ))}
      </fieldset>
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={loading}>
          Импортировать
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Отмена
        </button>
      </div>
    </AppForm>
  );
}
