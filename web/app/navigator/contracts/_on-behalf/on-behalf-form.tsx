'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { AppForm } from '@/app/_ui/app-form';
import { CreateEnrollmentRequestOnBehalfDocument, ProviderGroupsDocument } from '@/gql/graphql';
import { describeError, type DescribedError } from '../../../_auth/describe-error';
import { FormField } from '../../../_ui/form-field';

/**
 * «Подать заявку от имени владельца сертификата» (seed 002, a request «по инициативе организации»): the
 * certificate's number, a group of the organization's programs, and what the holder's protection mode demands —
 * the child's full name, or the code phrase he says at the desk. «Запись запрещена» and wrong names or phrases are
 * refused by the server with its own words; the new request joins «Ожидающие подтверждения».
 */
export function OnBehalfForm({ organizationId, onFiled }: { organizationId: string; onFiled: () => void }) {
  const id = useId();
  // Folded until the provider opens it: the page's list of requests comes first, and the groups are asked for
  // only when the form is wanted (the page loads with one request).
  const [open, setOpen] = useState(false);
  const firstField = useRef<HTMLInputElement>(null);
  const { data } = useQuery(ProviderGroupsDocument, { variables: { organizationId }, skip: !open });
  const [values, setValues] = useState({ certificateNumber: '', groupId: '', childFullName: '', codePhrase: '' });
  const [error, setError] = useState<DescribedError | null>(null);
  const [filed, setFiled] = useState<string | null>(null);
  const [file, { loading }] = useMutation(CreateEnrollmentRequestOnBehalfDocument);
  const programs = data?.catalogueProvider?.programs ?? [];
  const set = (field: keyof typeof values) => (value: string) => setValues((old) => ({ ...old, [field]: value }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setFiled(null);
    if (!values.groupId) {
      setError({ message: 'Выберите группу программы', fields: { groupId: 'Выберите группу программы' } });
      return;
    }
    try {
      const answer = await file({
        variables: {
          input: {
            certificateNumber: values.certificateNumber.trim(),
            groupId: values.groupId,
            childFullName: values.childFullName.trim() || null,
            codePhrase: values.codePhrase || null,
          },
        },
      });
      const number = answer.data?.createEnrollmentRequestOnBehalf.number;
      setFiled(`Заявка № ${number} подана и ожидает подтверждения в «Ожидающие подтверждения».`);
      setValues({ certificateNumber: '', groupId: '', childFullName: '', codePhrase: '' });
      onFiled();
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  const fieldError = (field: string) =>
    error?.fields?.[field] ?? (error?.field === field && !error.fields ? error.message : undefined);
  // Said once for everyone (announced), and again at the field it is about.
  const general = error?.message ?? null;
  useEffect(() => {
    if (open) firstField.current?.focus();
  }, [open]);
  return (
    <section className="page-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Заявка от имени владельца сертификата</h2>
      <p className="muted">
        Укажите номер сертификата и то, что требует способ защиты сертификата: ФИО ребёнка или кодовую фразу, которую
        назовёт владелец сертификата.
      </p>
      {!open && (
        <div className="actions">
          <button type="button" className="button" onClick={() => setOpen(true)}>
            Заполнить заявку
          </button>
        </div>
      )}
      {open && (
        <AppForm onSubmit={handleSubmit} aria-labelledby={`${id}-title`}>
          <FormField id={`${id}-number`} label="Номер сертификата" required error={fieldError('certificateNumber')}>
            {(wiring) => (
              <input
                {...wiring}
                ref={firstField}
                inputMode="numeric"
                autoComplete="off"
                maxLength={20}
                value={values.certificateNumber}
                onChange={(event) => set('certificateNumber')(event.target.value)}
              />
            )}
          </FormField>
          <FormField id={`${id}-group`} label="Группа программы" required error={fieldError('groupId')}>
            {(wiring) => (
              <select {...wiring} value={values.groupId} onChange={(event) => set('groupId')(event.target.value)}>
                <option value="">Выберите группу</option>
                {programs.map((program) => (
                  <optgroup key={program.id} label={program.title}>
                    {program.groups.map((group) => (
                      <option key={group.id} value={group.id} disabled={group.freePlaces === 0}>
                        {program.title}: {group.name} (свободных мест: {group.freePlaces})
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            )}
          </FormField>
          <FormField
            id={`${id}-name`}
            label="ФИО ребёнка"
            hint="Если выбрано «Подтверждение по ФИО» или способ защиты не выбран"
            error={fieldError('childFullName')}
          >
            {(wiring) => (
              <input
                {...wiring}
                autoComplete="off"
                maxLength={400}
                value={values.childFullName}
                onChange={(event) => set('childFullName')(event.target.value)}
              />
            )}
          </FormField>
          <FormField
            id={`${id}-phrase`}
            label="Кодовая фраза"
            hint="Если выбрано «Подтверждение по кодовой фразе»: её называет владелец сертификата"
            error={fieldError('codePhrase')}
          >
            {(wiring) => (
              <input
                {...wiring}
                type="password"
                autoComplete="off"
                maxLength={200}
                value={values.codePhrase}
                onChange={(event) => set('codePhrase')(event.target.value)}
              />
            )}
          </FormField>
          {general && (
            <p role="alert" className="form-error">
              {general}
            </p>
          )}
          {filed && (
            <p role="status" className="notice notice-success">
              {filed}
            </p>
          )}
          <div className="actions">
            <button type="submit" className="button button-primary" disabled={loading}>
              Подать заявку
            </button>
          </div>
        </AppForm>
      )}
    </section>
  );
}
