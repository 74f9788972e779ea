'use client';

import { useId, useState, type FormEvent } from 'react';
import { AppForm } from '@/app/_ui/app-form';
import type { PortfolioItemInput, PortfolioKind } from '@/gql/graphql';
import { describeError, type DescribedError } from '../../../_auth/describe-error';
import { FormField } from '../../../_ui/form-field';
import { PORTFOLIO_KINDS } from './portfolio-kinds';
import { uploadPortfolioFile } from './upload-portfolio-file';

const EMPTY = { certificateNumber: '', title: '', kind: 'WIN' as PortfolioKind, achievedOn: '', eventOrProgram: '' };

/**
 * «Добавить достижение»: the fields and a file (PDF, JPEG, PNG up to 5 MB). The file goes first; the item is then
 * saved with its id. `forProvider` asks for the certificate's number too.
 */
export function PortfolioForm({
  forProvider,
  onSave,
}: {
  forProvider: boolean;
  onSave: (input: PortfolioItemInput, certificateNumber: string) => Promise<unknown>;
}) {
  const id = useId();
  const [form, setForm] = useState(EMPTY);
  const [file, setFile] = useState<File | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const [error, setError] = useState<DescribedError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = (name: keyof typeof EMPTY) => ({
    value: form[name],
    onChange: (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value }),
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setNotice(null);
    setBusy(true);
    try {
      let fileId: string | null = null;
      if (file) {
        const uploaded = await uploadPortfolioFile(file);
        if ('error' in uploaded) {
          setError({ message: uploaded.error.message, field: 'file', fields: { file: uploaded.error.message } });
          return;
        }
        fileId = uploaded.id;
      }
      const { certificateNumber, ...rest } = form;
      await onSave({ ...rest, fileId, fileName: file?.name ?? null }, certificateNumber);
      setForm(EMPTY);
      setFile(null);
      setFileKey((key) => key + 1);
      setNotice('Достижение добавлено в портфолио.');
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  }

  const fields = error?.fields ?? {};
  return (
    <section className="page-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Добавить достижение</h2>
      <AppForm onSubmit={handleSubmit} aria-labelledby={`${id}-title`}>
        {forProvider && (
          <FormField
            id={`${id}-number`}
            label="Номер сертификата"
            required
            hint="Ребёнка с договором в вашей организации"
            error={fields.certificateNumber ?? (error?.field === 'certificateNumber' ? error.message : undefined)}
          >
            {(wiring) => <input {...wiring} inputMode="numeric" maxLength={20} {...field('certificateNumber')} />}
          </FormField>
        )}
        <FormField id={`${id}-name`} label="Название достижения" required error={fields.title}>
          {(wiring) => <input {...wiring} maxLength={300} {...field('title')} />}
        </FormField>
        <FormField id={`${id}-kind`} label="Вид" required>
          {(wiring) => (
            <select {...wiring} {...field('kind')}>
              {PORTFOLIO_KINDS.map((each) => (
                <option key={each.kind} value={each.kind}>
                  {each.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={`${id}-date`} label="Дата" required error={fields.achievedOn}>
          {(wiring) => <input {...wiring} type="date" {...field('achievedOn')} />}
        </FormField>
        <FormField id={`${id}-event`} label="Мероприятие или программа" error={fields.eventOrProgram}>
          {(wiring) => <input {...wiring} maxLength={300} {...field('eventOrProgram')} />}
        </FormField>
        <FormField
          id={`${id}-file`}
          label="Файл (диплом, грамота)"
          hint="PDF, JPG, JPEG или PNG, не более 5 МБ"
          error={fields.file ?? fields.fileId}
        >
          {(wiring) => (
            <input
              {...wiring}
              key={fileKey}
              type="file"
              accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          )}
        </FormField>
        {error && !error.fields && error.field !== 'certificateNumber' && (
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
          <button type="submit" className="button button-primary" disabled={busy}>
            Добавить
          </button>
        </div>
      </AppForm>
    </section>
  );
}
