'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { AppForm } from '@/app/_ui/app-form';
import {
  CheckCabinetToLinkDocument,
  LinkCabinetDocument,
  MyLinkedCabinetsDocument,
  UnlinkCabinetDocument,
} from '@/gql/graphql';
import { describeError, type DescribedError } from '../../../_auth/describe-error';
import { FormField } from '../../../_ui/form-field';

/**
 * «Объединение кабинетов пользователя» (seed 002, §8): «Добавить быстрый доступ в другой личный кабинет» — the
 * login or certificate number, checked; then that cabinet's password and «Объединить». The merged cabinets are
 * listed with «Разъединить»; the arrow next to the login switches between them.
 */
export function MergedCabinetsForm() {
  const id = useId();
  const { data } = useQuery(MyLinkedCabinetsDocument);
  const linked = data?.myLinkedCabinets ?? [];
  const [login, setLogin] = useState('');
  const [checkedLogin, setCheckedLogin] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<DescribedError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [check, checking] = useMutation(CheckCabinetToLinkDocument);
  const [link, linking] = useMutation(LinkCabinetDocument);
  const [unlink, unlinking] = useMutation(UnlinkCabinetDocument);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setDone(null);
    try {
      if (!checkedLogin) {
        const answer = await check({ variables: { login } });
        setCheckedLogin(answer.data?.checkCabinetToLink.login ?? null);
        return;
      }
      await link({
        variables: { login: checkedLogin, password },
        update: (cache, { data: answer }) => {
          if (answer) {
            cache.writeQuery({ query: MyLinkedCabinetsDocument, data: { myLinkedCabinets: answer.linkCabinet } });
          }
        },
      });
      setDone(`Кабинет ${checkedLogin} объединён с вашим`);
      setCheckedLogin(null);
      setLogin('');
      setPassword('');
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  async function handleUnlink(userId: string, cabinetLogin: string) {
    setError(null);
    setDone(null);
    try {
      await unlink({
        variables: { userId },
        update: (cache, { data: answer }) => {
          if (answer) {
            cache.writeQuery({ query: MyLinkedCabinetsDocument, data: { myLinkedCabinets: answer.unlinkCabinet } });
          }
        },
      });
      setDone(`Кабинет ${cabinetLogin} больше не объединён с вашим`);
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  const loginError = error?.field === 'login' ? error.message : undefined;
  const passwordError = error?.field === 'password' ? error.message : undefined;
  return (
    <section className="page-panel" id="merged-cabinets" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Объединение кабинетов пользователя</h2>
      <p>
        Удобно, если вы законный представитель нескольких детей: переключайтесь между их кабинетами стрелочкой рядом с
        логином, не входя заново.
      </p>
      {linked.length > 0 && (
        <ul aria-label="Объединённые кабинеты">
          {linked.map((cabinet) => (
            <li key={cabinet.id}>
              {cabinet.login} — {cabinet.fullName}{' '}
              <button
                type="button"
                className="button"
                disabled={unlinking.loading}
                onClick={() => void handleUnlink(cabinet.id, cabinet.login)}
              >
                Разъединить с кабинетом {cabinet.login}
              </button>
            </li>
          ))}
        </ul>
      )}
      <AppForm onSubmit={handleSubmit} aria-labelledby={`${id}-title`}>
        <FormField
          id={`${id}-login`}
          label="Добавить быстрый доступ в другой личный кабинет"
          hint="Логин или номер сертификата"
          error={loginError}
        >
          {(wiring) => (
            <input
              {...wiring}
              type="text"
              autoComplete="off"
              maxLength={254}
              value={login}
              readOnly={!!checkedLogin}
              onChange={(event) => setLogin(event.target.value)}
            />
          )}
        </FormField>
        {checkedLogin && (
          <FormField
            id={`${id}-password`}
            label="Пароль от присоединяемого личного кабинета"
            required
            error={passwordError}
          >
            {(wiring) => (
              <input
                {...wiring}
                type="password"
                autoComplete="off"
                maxLength={256}
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
            )}
          </FormField>
        )}
        {error && !loginError && !passwordError && (
          <p role="alert" className="form-error">
            {error.message}
          </p>
        )}
        {done && (
          <p role="status" className="notice notice-success">
            {done}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={checking.loading || linking.loading}>
            {checkedLogin ? 'Объединить' : 'Проверить'}
          </button>
          {checkedLogin && (
            <button
              type="button"
              className="button"
              onClick={() => {
                setCheckedLogin(null);
                setPassword('');
                setError(null);
              }}
            >
              Изменить логин
            </button>
          )}
        </div>
      </AppForm>
    </section>
  );
}
