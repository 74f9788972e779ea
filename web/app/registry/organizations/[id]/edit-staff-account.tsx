'use client';

import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { describeError, type DescribedError } from '@/app/_auth/describe-error';
import { AppForm } from '@/app/_ui/app-form';
import { ErrorSummary } from '@/app/_ui/error-summary';
import { RequiredNote } from '@/app/_ui/form-field';
import { useOperator } from '@/app/registry/_shell/operator';
import type { StaffAccountDetailsFragment } from '@/gql/graphql';
import { formErrors, staffFieldMessage } from '../form-errors';
import {
  STAFF_ACCOUNT_FIELDS,
  StaffAccountFieldset,
  staffAccountInputOf,
  type StaffAccountValues,
} from '../staff-account-fieldset';
import { UpdateStaffAccountMutation } from './staff-account.operations';

const valuesOf = (account: StaffAccountDetailsFragment): StaffAccountValues => ({
  email: account.login,
  name: account.organization?.name ?? account.fullName,
  address: account.organization?.address ?? '',
  workingHours: account.organization?.workingHours ?? '',
  responsiblePerson: account.organization?.responsiblePerson ?? '',
  phone: account.organization?.phones ?? '',
  canViewPersonalData: account.canViewPersonalData,
  canConfirmApplications: account.canConfirmApplications,
  municipalityId: account.municipality?.id ?? '',
});

/** «Редактировать»: the login, the organization's details and its rights. */
export function EditStaffAccount({ account }: { account: StaffAccountDetailsFragment }) {
  const regional = useOperator().role === 'REGIONAL_OPERATOR';
  const id = useId();
  const [values, setValues] = useState(() => valuesOf(account));
  const [error, setError] = useState<DescribedError | null>(null);
  const [saved, setSaved] = useState(false);
  const [update, { loading }] = useMutation(UpdateStaffAccountMutation);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setSaved(false);
    try {
      await update({ variables: { id: account.id, input: staffAccountInputOf(values, regional) } });
      setSaved(true);
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  const shown = STAFF_ACCOUNT_FIELDS.filter((name) => regional || name !== 'municipalityId');
  const summary = formErrors(error, shown, id);
  return (
    <AppForm className="page-panel" aria-labelledby={`${id}-title`} onSubmit={handleSubmit}>
      <h2 id={`${id}-title`}>Редактировать</h2>
      <ErrorSummary errors={summary.fields} general={summary.general} />
      <RequiredNote />
      <StaffAccountFieldset
        idPrefix={id}
        values={values}
        regional={regional}
        errorOf={(name) => staffFieldMessage(error, name)}
        onChange={(next) => {
          setSaved(false);
          setValues((current) => ({ ...current, ...next }));
        }}
      />
      <button type="submit" className="button button-primary" disabled={loading} aria-busy={loading || undefined}>
        Сохранить
      </button>
      <p role="status">{saved ? 'Изменения сохранены.' : ''}</p>
    </AppForm>
  );
}
