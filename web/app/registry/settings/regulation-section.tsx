'use client';

import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { AppForm } from '@/app/_ui/app-form';
import type { MunicipalityRegulationFragment } from '@/gql/graphql';
import { describeError, fieldMessage, type DescribedError } from '../../_auth/describe-error';
import { ErrorSummary } from '../../_ui/error-summary';
import { FormField } from '../../_ui/form-field';
import { formatRegionDateTime } from '../../_ui/format';
import { announce } from '../../_ui/page-focus';
import styles from '../_shell/registry.module.css';
import { SetMunicipalRegulationExcerptMutation } from './settings.operations';
import { uploadRegulation } from './upload-regulation';

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} МБ` : `${Math.ceil(bytes / 1024)} КБ`;

/** The current «Положение о ПДО», the upload of a new version, the versions kept, and the excerpt for «?». */
export function RegulationSection({
  municipality,
  onChanged,
}: {
  municipality: MunicipalityRegulationFragment;
  onChanged: () => void;
}) {
  const versions = municipality.regulationVersions.versions;
  return (
    <>
      <p>
        Муниципалитет: <strong>{municipality.name}</strong>
      </p>
      {municipality.regulation ? (
        <p>
          Текущая версия:{' '}
          <a href={municipality.regulation.url} target="_blank" rel="noopener">
            Положение о персонифицированном дополнительном образовании (PDF,{' '}
            {sizeText(municipality.regulation.sizeBytes)})
          </a>
          , загружена {formatRegionDateTime(municipality.regulation.uploadedAt)}.
        </p>
      ) : (
        <p className="notice">Положение ещё не загружено: родители не увидят его при создании заявки.</p>
      )}
      <UploadForm municipalityId={municipality.id} onUploaded={onChanged} />
      {versions.length > 0 && (
        <>
          <h3>Загруженные версии</h3>
          <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="Версии Положения">
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">Загружена</th>
                  <th scope="col">Кем</th>
                  <th scope="col">Файл</th>
                  <th scope="col">Размер</th>
                  <th scope="col">Версия</th>
                </tr>
              </thead>
              <tbody>
                {versions.map((version) => (
                  <tr key={version.id}>
                    <td>{formatRegionDateTime(version.uploadedAt)}</td>
                    <td>{version.uploadedByName}</td>
                    <td>{version.originalName || '—'}</td>
                    <td>{sizeText(version.sizeBytes)}</td>
                    <td>{version.current ? <strong>Текущая</strong> : 'Прежняя'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <ExcerptForm municipalityId={municipality.id} excerpt={municipality.regulationExcerpt ?? ''} />
    </>
  );
}

function UploadForm({ municipalityId, onUploaded }: { municipalityId: string; onUploaded: () => void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const inputId = `${id}-file`;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setError(null);
    setDone(false);
    const file = input.current?.files?.[0];
    if (!file) {
      setError('Выберите файл Положения в формате PDF');
      return;
    }
    setBusy(true);
    const result = await uploadRegulation(file, municipalityId);
    setBusy(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    if (input.current) input.current.value = '';
    setDone(true);
    announce('Положение загружено');
    onUploaded();
  }

  return (
    <AppForm onSubmit={handleSubmit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Загрузить новую версию</h3>
      <ErrorSummary errors={error ? [{ inputId, message: error }] : []} />
      <FormField
        id={inputId}
        label="Файл Положения"
        required
        hint="Только PDF, не более 20 МБ. Прежние версии сохраняются; родители видят последнюю."
        error={error ?? undefined}
      >
        {(wiring) => <input {...wiring} ref={input} name="file" type="file" accept="application/pdf,.pdf" />}
      </FormField>
      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          Загрузить
        </button>
      </div>
      {done && (
        <p className="notice" role="status">
          Положение загружено.
        </p>
      )}
    </AppForm>
  );
}

function ExcerptForm({ municipalityId, excerpt }: { municipalityId: string; excerpt: string }) {
  const id = useId();
  const [text, setText] = useState(excerpt);
  const [error, setError] = useState<DescribedError | null>(null);
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useMutation(SetMunicipalRegulationExcerptMutation);
  const inputId = `${id}-excerpt`;
  const message = fieldMessage(error, 'excerpt');

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setError(null);
    setSaved(false);
    try {
      await save({ variables: { municipalityId, excerpt: text } });
      setSaved(true);
      announce('Выдержка сохранена');
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  return (
    <AppForm onSubmit={handleSubmit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Выдержка из Положения</h3>
      <ErrorSummary
        errors={message ? [{ inputId, message }] : []}
        general={error && !message ? error.message : undefined}
      />
      <FormField
        id={inputId}
        label="Текст выдержки"
        hint="Показывается в кабинете сертификата по кнопке «?». Не более 4000 символов."
        error={message}
      >
        {(wiring) => (
          <textarea
            {...wiring}
            name="excerpt"
            rows={6}
            maxLength={4000}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        )}
      </FormField>
      <div className="actions">
        <button type="submit" className="button" aria-disabled={loading || undefined}>
          Сохранить выдержку
        </button>
      </div>
      {saved && (
        <p className="notice" role="status">
          Выдержка сохранена.
        </p>
      )}
    </AppForm>
  );
}
