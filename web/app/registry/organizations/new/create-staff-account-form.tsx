'use client';

import { useMutation } from '@apollo/client/react';
import Link from 'next/link';
import { useId, useRef, useState, type FormEvent } from 'react';
import { usePrimedCache, type ServerAnswer } from '@/app/_apollo/prime';
import { describeError, type DescribedError } from '@/app/_auth/describe-error';
import { AppForm } from '@/app/_ui/app-form';
import { ErrorSummary } from '@/app/_ui/error-summary';
import { RequiredNote } from '@/app/_ui/form-field';
import { useOperator } from '@/app/registry/_shell/operator';
import type { CreateStaffAccountMutation as Created } from '@/gql/graphql';
import { formErrors, staffFieldMessage } from '../form-errors';
import { EMPTY_PASSWORD, PASSWORD_FIELDS, PasswordFieldset, passwordInputOf } from '../password-fieldset';
import {
  EMPTY_STAFF_ACCOUNT,
  STAFF_ACCOUNT_FIELDS,
  StaffAccountFieldset,
  staffAccountInputOf,
} from '../staff-account-fieldset';
import { CreateStaffAccountMutation, StaffMunicipalitiesQuery } from './create-staff-account.operations';

/** The form with the municipalities its server render fetched already in the cache. */
export function PrimedCreateStaffAccountForm({ server }: { server: ServerAnswer }) {
  usePrimedCache(server, [], [{ query: StaffMunicipalitiesQuery }]);
  return <CreateStaffAccountForm />;
}

/** «Создать нового пользователя»: the organization's login, details and rights, and its password. */
function CreateStaffAccountForm() {
  const operator = useOperator();
  const regional = operator.role === 'REGIONAL_OPERATOR';
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [values, setValues] = useState(EMPTY_STAFF_ACCOUNT);
  const [password, setPassword] = useState(EMPTY_PASSWORD);
  const [error, setError] = useState<DescribedError | null>(null);
  const [created, setCreated] = useState<Created['createStaffAccount'] | null>(null);
  const [create, { loading }] = useMutation(CreateStaffAccountMutation);
  const errorOf = (name: string) => staffFieldMessage(error, name);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      const result = await create({
        variables: { input: staffAccountInputOf(values, regional), password: passwordInputOf(password) },
      });
      if (result.data) {
        setCreated(result.data.createStaffAccount);
        window.scrollTo(0, 0);
      }
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  if (created) {
    return (
      <section className="page-panel" aria-labelledby={`${id}-created`}>
        <h1 id={`${id}-created`} tabIndex={-1}>
          Пользователь создан
        </h1>
        <p role="status">
          {created.account.fullName}: логин <strong data-testid="created-login">{created.account.login}</strong>
        </p>
        {created.generatedPassword ? (
          <p className="notice notice-warning">
            Пароль: <strong data-testid="generated-password">{created.generatedPassword}</strong>. Сохраните его и
            передайте ответственному лицу организации: больше он нигде не показывается.
          </p>
        ) : (
          <p>Передайте логин и пароль ответственному лицу организации.</p>
        )}
        <div className="actions">
          <Link className="button" href={`/registry/organizations/${created.account.id}`}>
            Открыть пользователя
          </Link>
          <Link className="button" href="/registry/organizations">
            К списку пользователей
          </Link>
        </div>
      </section>
    );
  }

  const shown = [
    ...STAFF_ACCOUNT_FIELDS.filter((name) => regional || name !== 'municipalityId'),
    ...(password.generate ? [] : PASSWORD_FIELDS),
  ];
  const summary = formErrors(error, shown, id);

  return (
    <AppForm className="page-panel" aria-labelledby={`${id}-title`} onSubmit={handleSubmit}>
      <h1 id={`${id}-title`} ref={heading} tabIndex={-1}>
        Создать нового пользователя
      </h1>
      <p className="muted">
        {regional
          ? 'Оператор реестра сертификатов муниципалитета.'
          : `Организация по приёму заявлений: ${operator.municipality?.name ?? ''}.`}
      </p>
      <ErrorSummary errors={summary.fields} general={summary.general} />
      <RequiredNote />
      <StaffAccountFieldset
        idPrefix={id}
        values={values}
        regional={regional}
        errorOf={errorOf}
        onChange={(next) => setValues((current) => ({ ...current, ...next }))}
      />
      <PasswordFieldset
        idPrefix={id}
        legend="Пароль от личного кабинета"
        values={password}
        errorOf={errorOf}
        onChange={(next) => setPassword((current) => ({ ...current, ...next }))}
      />
      <button type="submit" className="button button-primary" disabled={loading} aria-busy={loading || undefined}>
        Создать
      </button>
    </AppForm>
  );
}
