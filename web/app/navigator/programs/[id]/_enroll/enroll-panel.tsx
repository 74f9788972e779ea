'use client';

import { useMutation } from '@apollo/client/react';
import Link from 'next/link';
import { useId, useState, type FormEvent } from 'react';
import { AppForm } from '@/app/_ui/app-form';
import { CreateEnrollmentRequestDocument, type CreateEnrollmentRequestMutation, type Role } from '@/gql/graphql';
import { describeError, type DescribedError } from '../../../../_auth/describe-error';
import { formatRoubles } from '../../../_shell/money';

interface EnrollGroup {
  id: string;
  name: string;
  freePlaces: number;
}

type Filed = CreateEnrollmentRequestMutation['createEnrollmentRequest'];

/**
 * «Записаться» (seed 002): the certificate holder chooses a group and files a request; the money is reserved at
 * once. A visitor is asked to sign in; other roles read the page without the form. `role` is the signed-in
 * user's, from the page's server render (as the catalogue's «Исключить…»).
 */
export function EnrollPanel({ groups, role }: { groups: EnrollGroup[]; role: Role | null }) {
  const id = useId();
  const open = groups.filter((group) => group.freePlaces > 0);
  const [groupId, setGroupId] = useState(open.length === 1 ? open[0].id : '');
  const [error, setError] = useState<DescribedError | null>(null);
  const [filed, setFiled] = useState<Filed | null>(null);
  const [enroll, { loading }] = useMutation(CreateEnrollmentRequestDocument);

  if (role !== 'CERTIFICATE_HOLDER') {
    return (
      <section aria-labelledby={`${id}-title`} className="page-panel">
        <h2 id={`${id}-title`}>Запись на программу</h2>
        <p className="muted">
          {role
            ? 'Записаться на программу может владелец сертификата из своего личного кабинета.'
            : 'Чтобы записаться, войдите в личный кабинет сертификата.'}
        </p>
      </section>
    );
  }
  if (filed) {
    return (
      <section aria-labelledby={`${id}-title`} className="page-panel">
        <h2 id={`${id}-title`}>Запись на программу</h2>
        <div className="notice notice-success" role="status">
          <p>Заявка № {filed.number} подана и ожидает подтверждения организацией.</p>
          {filed.reservedKopecks > 0 && <p>Зарезервировано из сертификата: {formatRoubles(filed.reservedKopecks)}.</p>}
          {filed.familyPaysKopecks > 0 && <p>Оплачивает семья: {formatRoubles(filed.familyPaysKopecks)}.</p>}
        </div>
        <p>
          <Link href="/navigator/contracts">Перейти в раздел «Договоры»</Link>
        </p>
      </section>
    );
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!groupId) {
      setError({ message: 'Выберите группу', field: 'groupId' });
      return;
    }
    setError(null);
    try {
      const answer = await enroll({ variables: { groupId } });
      setFiled(answer.data?.createEnrollmentRequest ?? null);
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="page-panel">
      <h2 id={`${id}-title`}>Запись на программу</h2>
      {open.length === 0 ? (
        <p className="muted">Свободных мест в группах нет.</p>
      ) : (
        <AppForm onSubmit={handleSubmit} aria-labelledby={`${id}-title`}>
          {error && (
            <p role="alert" className="form-error" id={`${id}-error`}>
              {error.message}
            </p>
          )}
          <fieldset aria-describedby={error ? `${id}-error` : undefined}>
            <legend>Группа</legend>
            {open.map((group) => (
              <label key={group.id} className="choice">
                <input
                  type="radio"
                  name="groupId"
                  value={group.id}
                  checked={groupId === group.id}
                  onChange={() => setGroupId(group.id)}
                />{' '}
                {group.name} (свободных мест: {group.freePlaces})
              </label>
            ))}
          </fieldset>
          <div className="actions">
            <button type="submit" className="button button-primary" disabled={loading}>
              Записаться
            </button>
          </div>
        </AppForm>
      )}
    </section>
  );
}
