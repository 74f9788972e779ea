'use client';

import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { AppForm } from '@/app/_ui/app-form';
import { describeError, fieldMessage, type DescribedError } from '../../_auth/describe-error';
import { ErrorSummary, summaryErrors } from '../../_ui/error-summary';
import { FormField } from '../../_ui/form-field';
import { announce } from '../../_ui/page-focus';
import { SetMunicipalCitizenNoticeMutation } from './settings.operations';

const FIELDS = ['activationNotice', 'supportPhones'] as const;

/**
 * What a parent of this municipality reads once the certificate is issued (seed 004, step 11): from when and where
 * to activate it, and the support phones. Empty fields remove them.
 */
export function CitizenNoticeForm({
  municipalityId,
  activationNotice,
  supportPhones,
}: {
  municipalityId: string;
  activationNotice: string;
  supportPhones: string;
}) {
  const id = useId();
  const [values, setValues] = useState({ activationNotice, supportPhones });
  const [error, setError] = useState<DescribedError | null>(null);
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useMutation(SetMunicipalCitizenNoticeMutation);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setError(null);
    setSaved(false);
    try {
      await save({ variables: { municipalityId, ...values } });
      setSaved(true);
      announce('Сведения для родителей сохранены');
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  const errorOf = (name: string) => fieldMessage(error, name);
  const fieldErrors = summaryErrors(FIELDS, errorOf, (name) => `${id}-${name}`);
  return (
    <AppForm onSubmit={handleSubmit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>После выдачи сертификата</h3>
      <ErrorSummary errors={fieldErrors} general={error && fieldErrors.length === 0 ? error.message : undefined} />
      <FormField
        id={`${id}-activationNotice`}
        label="Порядок активации"
        hint="Родитель видит это под сертификатом, пока тот не активирован. Например: «После 12.08 для активации сертификата необходимо с заявлением обратиться в …». Не более 2000 символов."
        error={errorOf('activationNotice')}
      >
        {(wiring) => (
          <textarea
            {...wiring}
            name="activationNotice"
            rows={4}
            maxLength={2000}
            value={values.activationNotice}
            onChange={(event) => setValues((current) => ({ ...current, activationNotice: event.target.value }))}
          />
        )}
      </FormField>
      <FormField
        id={`${id}-supportPhones`}
        label="Телефон тех. поддержки"
        hint="Например: «Телефон тех. поддержки: 8 (3842) 45-25-48». Не более 500 символов."
        error={errorOf('supportPhones')}
      >
        {(wiring) => (
          <textarea
            {...wiring}
            name="supportPhones"
            rows={2}
            maxLength={500}
            value={values.supportPhones}
            onChange={(event) => setValues((current) => ({ ...current, supportPhones: event.target.value }))}
          />
        )}
      </FormField>
      <div className="actions">
        <button type="submit" className="button" aria-disabled={loading || undefined}>
          Сохранить сведения для родителей
        </button>
      </div>
      {saved && (
        <p className="notice" role="status">
          Сведения для родителей сохранены.
        </p>
      )}
    </AppForm>
  );
}
