'use client';

import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { AppForm } from '@/app/_ui/app-form';
import { describeError, type DescribedError } from '../../../_auth/describe-error';
import { FormField } from '../../../_ui/form-field';
import { ProviderEventsDocument, PublishEventDocument } from './events.operations';

const EMPTY = { title: '', description: '', startsAt: '', place: '', placesTotal: '', ageFrom: '5', ageTo: '18' };

/** The region's time (Kemerovo, UTC+7) of a `datetime-local` value, as ISO 8601 with its offset. */
const regionTime = (local: string) => (local ? `${local}:00+07:00` : '');

/** «Разместить мероприятие» (a provider). */
export function EventForm() {
  const id = useId();
  const [form, setForm] = useState(EMPTY);
  const [error, setError] = useState<DescribedError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [publish, publishing] = useMutation(PublishEventDocument, { refetchQueries: [ProviderEventsDocument] });
  const field = (name: keyof typeof EMPTY) => ({
    value: form[name],
    onChange: (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value }),
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setNotice(null);
    try {
      await publish({
        variables: {
          input: {
            title: form.title,
            description: form.description,
            startsAt: regionTime(form.startsAt),
            place: form.place,
            placesTotal: Number(form.placesTotal) || 0,
            ageFrom: Number(form.ageFrom),
            ageTo: Number(form.ageTo),
          },
        },
      });
      setForm(EMPTY);
      setNotice('Мероприятие размещено.');
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  const fields = error?.fields ?? {};
  return (
    <section className="page-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Новое мероприятие</h2>
      <AppForm onSubmit={handleSubmit} aria-labelledby={`${id}-title`}>
        <FormField id={`${id}-name`} label="Название" required error={fields.title}>
          {(wiring) => <input {...wiring} maxLength={200} {...field('title')} />}
        </FormField>
        <FormField id={`${id}-description`} label="Описание" error={fields.description}>
          {(wiring) => <textarea {...wiring} rows={4} maxLength={5000} {...field('description')} />}
        </FormField>
        <FormField id={`${id}-starts`} label="Дата и время начала" required error={fields.startsAt}>
          {(wiring) => <input {...wiring} type="datetime-local" {...field('startsAt')} />}
        </FormField>
        <FormField id={`${id}-place`} label="Место проведения" required error={fields.place}>
          {(wiring) => <input {...wiring} maxLength={500} {...field('place')} />}
        </FormField>
        <FormField id={`${id}-places`} label="Число мест" required error={fields.placesTotal}>
          {(wiring) => <input {...wiring} type="number" min={1} inputMode="numeric" {...field('placesTotal')} />}
        </FormField>
        <FormField id={`${id}-age-from`} label="Возраст от" required error={fields.ageFrom}>
          {(wiring) => <input {...wiring} type="number" min={0} max={18} {...field('ageFrom')} />}
        </FormField>
        <FormField id={`${id}-age-to`} label="Возраст до" required error={fields.ageTo}>
          {(wiring) => <input {...wiring} type="number" min={0} max={18} {...field('ageTo')} />}
        </FormField>
        {error && !error.fields && (
          <p role="alert" className="form-error">
            {error.message}
          </p>
        )}
        {notice && (
          <p role="status" className="notice notice-success">
            {notice}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={publishing.loading}>
            Разместить
          </button>
        </div>
      </AppForm>
    </section>
  );
}
