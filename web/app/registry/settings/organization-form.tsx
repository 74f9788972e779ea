'use client';

import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { AppForm } from '@/app/_ui/app-form';
import { describeError, fieldMessage, type DescribedError } from '../../_auth/describe-error';
import { ErrorSummary, summaryErrors } from '../../_ui/error-summary';
import { FormField, RequiredNote } from '../../_ui/form-field';
import { announce } from '../../_ui/page-focus';
import { UpdateMyOrganizationMutation } from './settings.operations';

interface Details {
  name: string;
  address: string;
  room: string;
  phones: string;
  workingHours: string;
}

const FIELDS: Array<{ name: keyof Details; label: string; required?: boolean; autoComplete?: string }> = [
  { name: 'name', label: 'Наименование организации', required: true, autoComplete: 'organization' },
  { name: 'address', label: 'Адрес', autoComplete: 'street-address' },
  { name: 'room', label: 'Кабинет' },
  { name: 'phones', label: 'Телефоны', autoComplete: 'tel' },
  { name: 'workingHours', label: 'Часы работы' },
];
const ORDER = FIELDS.map((field) => field.name);

/** «Информация об уполномоченной организации»: what parents and reception organizations see of it. */
export function OrganizationForm({ organization }: { organization: Details & { id: string } }) {
  const id = useId();
  const [values, setValues] = useState<Details>({
    name: organization.name,
    address: organization.address,
    room: organization.room,
    phones: organization.phones,
    workingHours: organization.workingHours,
  });
  const [error, setError] = useState<DescribedError | null>(null);
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useMutation(UpdateMyOrganizationMutation);
  const inputId = (name: string) => `${id}-${name}`;
  const errorOf = (name: string) => fieldMessage(error, name);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setError(null);
    setSaved(false);
    if (!values.name.trim()) {
      setError({ message: 'Укажите наименование организации', field: 'name' });
      return;
    }
    try {
      await save({ variables: { input: values } });
      setSaved(true);
      announce('Сведения об организации сохранены');
    } catch (caught) {
      // The summary takes the keyboard and links to each field in error.
      setError(describeError(caught));
    }
  }

  const fieldErrors = summaryErrors(ORDER, errorOf, inputId);
  return (
    <AppForm onSubmit={handleSubmit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Информация об уполномоченной организации</h2>
      <ErrorSummary errors={fieldErrors} general={error && fieldErrors.length === 0 ? error.message : undefined} />
      <RequiredNote />
      {FIELDS.map((field) => (
        <FormField
          key={field.name}
          id={inputId(field.name)}
          label={field.label}
          required={field.required}
          error={errorOf(field.name)}
        >
          {(wiring) => (
            <input
              {...wiring}
              name={field.name}
              type="text"
              autoComplete={field.autoComplete ?? 'off'}
              value={values[field.name]}
              onChange={(event) => setValues((current) => ({ ...current, [field.name]: event.target.value }))}
            />
          )}
        </FormField>
      ))}
      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={loading || undefined}>
          Сохранить
        </button>
      </div>
      {saved && (
        <p className="notice" role="status">
          Сведения об организации сохранены.
        </p>
      )}
    </AppForm>
  );
}
