'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { AppForm } from '@/app/_ui/app-form';
import { MyCertificateProtectionDocument, SetCertificateProtectionDocument, type ProtectionMode } from '@/gql/graphql';
import { describeError, type DescribedError } from '../../../_auth/describe-error';
import { FormField } from '../../../_ui/form-field';
import { formatRegionDateTime } from '../../../_ui/format';

/** The seed's three ways, in its order and words, and «не выбран» for a certificate that never chose one. */
const MODES: Array<{ mode: ProtectionMode; label: string; hint: string }> = [
  {
    mode: 'ENROLLMENT_FORBIDDEN',
    label: 'Запись запрещена',
    hint: 'Новые заявки на обучение по сертификату можно создать только из вашего личного кабинета.',
  },
  {
    mode: 'FULL_NAME',
    label: 'Подтверждение по ФИО',
    hint:
      'Для заявки организации достаточно знать номер сертификата и ФИО ребёнка. В связи с ранее выявляемыми ' +
      'фактами неправомерной записи на программы не рекомендуем использовать данный способ.',
  },
  {
    mode: 'CODE_PHRASE',
    label: 'Подтверждение по кодовой фразе',
    hint:
      'Заявку организация создаст только в вашем присутствии, если вы назовёте кодовую фразу. Рекомендуем этот ' +
      'способ и периодически меняйте кодовую фразу.',
  },
];

/**
 * «Тип подтверждения присутствия при подаче заявки по инициативе организации» (seed 002). The code phrase is sent
 * once and kept only as a hash: the page never shows it, only whether it is set.
 */
export function ProtectionForm() {
  const id = useId();
  const { data, loading } = useQuery(MyCertificateProtectionDocument);
  const current = data?.myCertificateProtection ?? null;
  const [chosen, setChosen] = useState<ProtectionMode | null>(null);
  const [phrase, setPhrase] = useState('');
  const [error, setError] = useState<DescribedError | null>(null);
  const [saved, setSaved] = useState(false);
  const [save, saving] = useMutation(SetCertificateProtectionDocument);
  const mode = chosen ?? current?.mode ?? 'NONE';

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setSaved(false);
    if (mode === 'NONE') {
      setError({ message: 'Выберите способ защиты сертификата', field: 'mode' });
      return;
    }
    try {
      await save({
        variables: { mode, codePhrase: mode === 'CODE_PHRASE' && phrase.trim() ? phrase : null },
        // The protection has no id of its own to be merged by: the page's query takes the answer as it is.
        update: (cache, { data: saved }) => {
          if (saved) {
            cache.writeQuery({
              query: MyCertificateProtectionDocument,
              data: { myCertificateProtection: saved.setCertificateProtection },
            });
          }
        },
      });
      setPhrase('');
      setChosen(null);
      setSaved(true);
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  if (loading && !current) return <p className="muted">Загрузка…</p>;
  const phraseError = error?.fields?.codePhrase ?? (error?.field === 'codePhrase' ? error.message : undefined);
  return (
    <section className="page-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Способ защиты сертификата</h2>
      <p>
        Выберите тип подтверждения присутствия при подаче заявки по инициативе организации.{' '}
        {current?.mode === 'NONE' &&
          'Сейчас способ не выбран: организации достаточно номера сертификата и ФИО ребёнка.'}
      </p>
      {current?.changedAt && <p className="muted">Изменён {formatRegionDateTime(current.changedAt)}.</p>}
      <AppForm onSubmit={handleSubmit} aria-labelledby={`${id}-title`}>
        <fieldset
          className={error?.field === 'mode' ? 'radios field-invalid' : 'radios'}
          aria-describedby={`${id}-mode-error`}
        >
          <legend className="field-legend">Способ защиты</legend>
          <p id={`${id}-mode-error`} className="field-error">
            {error?.field === 'mode' ? error.message : null}
          </p>
          {MODES.map((option) => (
            <div key={option.mode}>
              <div className="radio">
                <input
                  type="radio"
                  id={`${id}-${option.mode}`}
                  name="mode"
                  value={option.mode}
                  checked={mode === option.mode}
                  onChange={() => setChosen(option.mode)}
                  aria-describedby={`${id}-${option.mode}-hint`}
                />
                <label htmlFor={`${id}-${option.mode}`}>{option.label}</label>
              </div>
              <p id={`${id}-${option.mode}-hint`} className="field-hint">
                {option.hint}
              </p>
            </div>
          ))}
        </fieldset>
        {mode === 'CODE_PHRASE' && (
          <FormField
            id={`${id}-phrase`}
            label={current?.codePhraseSet ? 'Новая кодовая фраза' : 'Кодовая фраза'}
            required={!current?.codePhraseSet}
            hint={
              current?.codePhraseSet
                ? 'Кодовая фраза задана. Оставьте поле пустым, чтобы сохранить прежнюю. Регистр букв не учитывается.'
                : 'От 6 до 100 символов. Регистр букв не учитывается.'
            }
            error={phraseError}
          >
            {(wiring) => (
              <input
                {...wiring}
                type="password"
                autoComplete="new-password"
                maxLength={200}
                value={phrase}
                onChange={(event) => setPhrase(event.target.value)}
              />
            )}
          </FormField>
        )}
        {error && !phraseError && error.field !== 'mode' && (
          <p role="alert" className="form-error">
            {error.message}
          </p>
        )}
        {saved && (
          <p role="status" className="notice notice-success">
            Способ защиты сохранён.
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={saving.loading}>
            Сохранить
          </button>
        </div>
      </AppForm>
    </section>
  );
}
