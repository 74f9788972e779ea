'use client';

import { useMutation } from '@apollo/client/react';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import type { StatusMailKind } from '@/gql/graphql';
import { describeError } from '../_auth/describe-error';
import { AppForm } from '../_ui/app-form';
import { ErrorSummary } from '../_ui/error-summary';
import { UnsubscribeMutation } from './unsubscribe.operations';

/** The optional e-mails a link can stop, named as «Настройка уведомлений» names them. */
const OPTIONAL_TITLES: Partial<Record<StatusMailKind, string>> = {
  DOCUMENTS_RECEIVED: 'Документы получены',
  MUNICIPALITY_CHANGED: 'Смена муниципалитета внесена',
  PERSONAL_DATA_CLARIFIED: 'Уточнения персональных данных внесены',
  GROUP_CHANGED: 'Группа сертификата изменена',
  EXTRACT_ISSUED: 'Сформирована новая выписка',
};

const INVALID = 'Ссылка для отписки недействительна. Проверьте, что она скопирована из письма полностью';
const SETTINGS_PATH = '/cabinet/settings/notifications';

/** The kind a token names (`v1.<user>.<kind>.<signature>`); the server checks the signature on confirmation. */
function titleOf(token: string | null): string | null {
  const kind = token?.split('.')[2] as StatusMailKind | undefined;
  return (kind && OPTIONAL_TITLES[kind]) ?? null;
}

export function Unsubscribe() {
  const token = useSearchParams().get('token');
  const title = titleOf(token);
  const [done, setDone] = useState<string | null>(null);
  const [general, setGeneral] = useState<string | undefined>();
  const [unsubscribe, { loading }] = useMutation(UnsubscribeMutation);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setGeneral(undefined);
    try {
      const { data } = await unsubscribe({ variables: { token: token! } });
      setDone(data!.unsubscribe.title);
    } catch (caught) {
      setGeneral(describeError(caught).message);
    }
  }

  return (
    <section className="panel" aria-labelledby="unsubscribe-title">
      <h1 id="unsubscribe-title">Отписка от писем</h1>
      {done ? (
        <>
          <p role="status" className="notice notice-success">
            Готово: письма «{done}» больше не придут.
          </p>
          <p>
            Вернуть их можно в <Link href={SETTINGS_PATH}>«Настройке уведомлений»</Link> личного кабинета.
          </p>
        </>
      ) : !title ? (
        <>
          <p role="alert" className="notice notice-error">
            {INVALID}
          </p>
          <p>
            Выбрать, какие письма приходят, можно в <Link href={SETTINGS_PATH}>«Настройке уведомлений»</Link> личного
            кабинета.
          </p>
        </>
      ) : (
        <AppForm onSubmit={handleSubmit}>
          <ErrorSummary errors={[]} general={general} />
          <p>Вы больше не будете получать письма «{title}» о заявках на сертификат дополнительного образования.</p>
          <p className="muted">
            Письма об активации сертификата, об отказе и о заморозке сертификата приходят всегда: они меняют то, что
            можно делать с сертификатом.
          </p>
          <div className="actions">
            <button type="submit" className="button button-primary" disabled={loading}>
              Отписаться
            </button>
          </div>
        </AppForm>
      )}
    </section>
  );
}
