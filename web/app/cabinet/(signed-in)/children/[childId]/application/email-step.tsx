'use client';

import { useApolloClient, useMutation } from '@apollo/client/react';
import Link from 'next/link';
import { useId, useRef, useState, type FormEvent } from 'react';
import { AppForm } from '@/app/_ui/app-form';
import { describeError, fieldMessage, type DescribedError } from '../../../../../_auth/describe-error';
import { RegulationLink } from '../../../../../_ui/regulation-link';
import { childPaths, refusalOf } from '../../../../_children/application-step';
import { CabinetChildrenQuery } from '../../../../_children/children.operations';
import { documentText } from '../../../../_children/format';
import type { CabinetChild } from '../../../../_children/use-cabinet-children';
import { FormField } from '../../../../_forms/form-field';
import { SubmitApplicationMutation } from './application.operations';

/** «Для получения сертификата ПДО необходимо подтвердить электронную почту.» → «Отправить заявку». */
export function EmailStep({ child, onRefused }: { child: CabinetChild; onRefused: (message: string | null) => void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const client = useApolloClient();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<DescribedError | null>(null);
  const [submit, { loading }] = useMutation(SubmitApplicationMutation, {
    refetchQueries: [CabinetChildrenQuery],
    awaitRefetchQueries: true,
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setError(null);
    onRefused(null);
    if (!email.trim()) {
      setError({ message: 'Укажите адрес электронной почты', field: 'email' });
      input.current?.focus();
      return;
    }
    try {
      await submit({ variables: { childId: child.id, email: email.trim() } });
    } catch (caught) {
      const described = describeError(caught);
      if (fieldMessage(described, 'email')) {
        setError(described);
        input.current?.focus();
        return;
      }
      if (described.code === 'UNAUTHENTICATED') return;
      if (!described.code) {
        setError(described);
        return;
      }
      // A refusal about the child (a certificate already issued, an application already made): the page
      // shows it and moves on to where the child really stands.
      onRefused(described.message);
      await client.refetchQueries({ include: [CabinetChildrenQuery] }).catch(() => undefined);
    }
  }

  const refusal = refusalOf(child);
  return (
    <div className="page-panel">
      {refusal && <p className="notice notice-warning">{refusal} Вы можете подать новую заявку.</p>}
      <h2>Документы ребёнка</h2>
      <ul>
        {child.documents.map((document) => (
          <li key={document.id}>{documentText(document)}</li>
        ))}
      </ul>
      <p>
        <Link href={childPaths.document(child.id)}>Предоставить документ</Link>
      </p>
      <AppForm onSubmit={handleSubmit}>
        <RegulationLink municipality={child.municipality} />
        <p>Для получения сертификата ПДО необходимо подтвердить электронную почту.</p>
        <FormField id={`${id}-email`} label="Электронная почта" required error={fieldMessage(error, 'email')}>
          {(wiring) => (
            <input
              {...wiring}
              ref={input}
              name="email"
              type="email"
              inputMode="email"
              autoComplete="email"
              spellCheck={false}
              placeholder="Ваша электронная почта"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          )}
        </FormField>
        {error && !fieldMessage(error, 'email') && (
          <p role="alert" className="form-error">
            {error.message}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button button-primary" aria-disabled={loading || undefined}>
            Отправить заявку
          </button>
        </div>
      </AppForm>
    </div>
  );
}
