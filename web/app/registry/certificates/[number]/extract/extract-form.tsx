'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import type { ServerAnswer } from '@/app/_apollo/prime';
import { describeError, fieldMessage, type DescribedError } from '@/app/_auth/describe-error';
import { AppForm } from '@/app/_ui/app-form';
import { ErrorSummary, summaryErrors } from '@/app/_ui/error-summary';
import { FormField } from '@/app/_ui/form-field';
import { usePdfObjectUrl } from '@/app/_ui/pdf-object-url';
import styles from '@/app/registry/_shell/registry.module.css';
import type { CertificateAtHandDetailsFragment, IssueCertificateExtractMutation as Issued } from '@/gql/graphql';
import { ActionNotAllowed, CertificateActionPage, mayTake } from '../certificate-action-page';
import {
  CertificateRepresentativeEmailQuery,
  IssueCertificateExtractMutation,
} from '../certificate-actions.operations';

const FIELDS = ['password', 'passwordRepeat'] as const;

export function ExtractPage({ number, server }: { number: string; server: ServerAnswer }) {
  return (
    <CertificateActionPage
      number={number}
      server={server}
      title="Сформировать новую выписку/изменить пароль"
      alsoPrimed={[{ query: CertificateRepresentativeEmailQuery, variables: { number } }]}
    >
      {(certificate) => <ExtractForm certificate={certificate} />}
    </CertificateActionPage>
  );
}

/**
 * «Сформировать новую выписку/Изменить пароль» (seed 001): a generated password, or one typed twice; then the
 * extract with it, to save, print and hand to the parent, and, when ticked, e-mailed to the representative's
 * confirmed address. The password and the PDF exist only in this answer (and in that e-mail).
 */
function ExtractForm({ certificate }: { certificate: CertificateAtHandDetailsFragment }) {
  const id = useId();
  const [password, setPassword] = useState('');
  const [passwordRepeat, setPasswordRepeat] = useState('');
  const [error, setError] = useState<DescribedError | null>(null);
  const [issued, setIssued] = useState<Issued['issueCertificateExtract'] | null>(null);
  const [sendByEmail, setSendByEmail] = useState(false);
  const [issue, { loading }] = useMutation(IssueCertificateExtractMutation);
  const allowed = mayTake(certificate, 'NEW_EXTRACT');
  const { data: emailData } = useQuery(CertificateRepresentativeEmailQuery, {
    variables: { number: certificate.certificate.number },
    fetchPolicy: 'cache-first',
    skip: !allowed,
  });
  const emailTo = emailData?.certificateAtHand?.representativeEmailMasked ?? null;

  if (issued) return <IssuedExtract extract={issued} />;
  if (!allowed) return <ActionNotAllowed certificate={certificate} />;

  async function run(variables: { password?: string; passwordRepeat?: string }) {
    setError(null);
    try {
      const { data } = await issue({
        variables: { certificateId: certificate.certificate.id, sendByEmail: sendByEmail && !!emailTo, ...variables },
      });
      if (data) setIssued(data.issueCertificateExtract);
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!password) local.password = 'Введите новый пароль';
    else if (password !== passwordRepeat) local.passwordRepeat = 'Пароли не совпадают: введите новый пароль ещё раз';
    if (Object.keys(local).length) {
      setError({ code: 'BAD_USER_INPUT', message: Object.values(local).join('. '), fields: local });
      return;
    }
    void run({ password, passwordRepeat });
  }

  const errorOf = (name: string) => fieldMessage(error, name);
  const fieldErrors = summaryErrors(FIELDS, errorOf, (name) => `${id}-${name}`);
  return (
    <AppForm onSubmit={handleSubmit} aria-label="Смена пароля">
      <ErrorSummary errors={fieldErrors} general={error && fieldErrors.length === 0 ? error.message : undefined} />
      <p>
        Сгенерируйте новый пароль для сертификата или внесите тот, который будет удобен родителям ребенка, сохранив
        изменения. Прежний пароль сразу перестанет действовать.
      </p>
      {emailTo ? (
        <div className="field">
          <label className={styles.check}>
            <input
              id={`${id}-sendByEmail`}
              type="checkbox"
              name="sendByEmail"
              checked={sendByEmail}
              onChange={(event) => setSendByEmail(event.target.checked)}
            />
            <span>Отправить выписку на электронную почту представителя ({emailTo})</span>
          </label>
        </div>
      ) : (
        <p className="hint">
          Подтверждённой электронной почты представителя в заявлениях по сертификату нет: выписку можно скачать и
          передать лично.
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className="button"
          title="Кнопка генерации нового пароля"
          disabled={loading}
          onClick={() => void run({})}
        >
          Сгенерировать новый пароль
        </button>
      </div>
      <FormField
        id={`${id}-password`}
        label="Новый пароль"
        hint="Не короче 8 символов, буквы и цифры, без пробелов"
        error={errorOf('password')}
      >
        {(wiring) => (
          <input
            {...wiring}
            name="password"
            type="password"
            autoComplete="new-password"
            maxLength={64}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        )}
      </FormField>
      <FormField id={`${id}-passwordRepeat`} label="Повторите новый пароль" error={errorOf('passwordRepeat')}>
        {(wiring) => (
          <input
            {...wiring}
            name="passwordRepeat"
            type="password"
            autoComplete="new-password"
            maxLength={64}
            value={passwordRepeat}
            onChange={(event) => setPasswordRepeat(event.target.value)}
          />
        )}
      </FormField>
      <button type="submit" className="button button-primary" disabled={loading}>
        Сохраните новый пароль
      </button>
    </AppForm>
  );
}

/** The new password, shown once, and the extract to download. */
function IssuedExtract({ extract }: { extract: Issued['issueCertificateExtract'] }) {
  const url = usePdfObjectUrl(extract.pdfBase64);
  return (
    <div role="status">
      <p className="notice notice-success">
        Пароль изменён. Сохраните файл с сертификатом, распечатайте и передайте родителю ребенка.
      </p>
      {extract.emailedTo && (
        <p className="notice" data-testid="extract-emailed">
          Выписка отправлена на электронную почту представителя: {extract.emailedTo}.
        </p>
      )}
      <dl className={styles.details}>
        <dt>Логин</dt>
        <dd data-testid="extract-login">{extract.login}</dd>
        <dt>Новый пароль</dt>
        <dd data-testid="extract-password">{extract.password}</dd>
      </dl>
      <div className="actions">
        <a className="button button-primary" href={url ?? undefined} download={extract.fileName}>
          Скачать выписку (PDF)
        </a>
      </div>
    </div>
  );
}
