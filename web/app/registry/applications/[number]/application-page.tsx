'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { ApplicationDetailsFragment, DocumentType } from '@/gql/graphql';
import { describeError, fieldMessage, type DescribedError } from '../../../_auth/describe-error';
import { DOCUMENT_TYPES } from '../../../_ui/document-types';
import { FormField } from '../../../_ui/form-field';
import { documentText, formatDate, formatRegionDateTime, fullName } from '../../../_ui/format';
import { LoadState } from '../../../_ui/load-state';
import { CERTIFICATE_STATUS_NAMES, DIRECTION_NAMES, formatLongDate, KIND_NAMES } from '../../_shell/names';
import { canDecide, canEdit, canReceiveDocuments, useOperator } from '../../_shell/operator';
import styles from '../../_shell/registry.module.css';
import {
  ApplicationByNumberQuery,
  ConfirmPersonalDataMutation,
  EditApplicationMutation,
  RecordDocumentsReceivedMutation,
  RefuseApplicationMutation,
  SendToNavigatorMutation,
} from '../../_shell/registry.operations';

export function ApplicationPage({ number }: { number: string }) {
  const { data, loading, error, refetch } = useQuery(ApplicationByNumberQuery, {
    variables: { number },
    fetchPolicy: 'cache-and-network',
    // An incoming change of municipality: the certificate is still the old municipality's, and its fields may
    // be refused to this operator. Show the application with what could be read.
    errorPolicy: 'all',
  });
  const application = data?.applicationRegister.applications.find((candidate) => candidate.number === number);
  const retry = () => void refetch().catch(() => undefined);
  if (!application) {
    if (data && !loading) {
      return (
        <div className="page-panel">
          <h1>Заявка не найдена</h1>
          <p>Заявки № {number} нет среди заявок, которые вам доступны.</p>
          <Link href="/registry/applications">К списку заявок</Link>
        </div>
      );
    }
    return <LoadState loading={loading} error={error} onRetry={retry} />;
  }
  return (
    <>
      {error && !loading && (
        <p className="notice notice-warning">Часть данных заявки недоступна: {describeError(error).message}</p>
      )}
      <ApplicationDetails application={application} refetch={retry} />
    </>
  );
}

type Dialog = 'receive' | 'confirm' | 'refuse' | null;

function ApplicationDetails({
  application,
  refetch,
}: {
  application: ApplicationDetailsFragment;
  refetch: () => void;
}) {
  const operator = useOperator();
  const id = useId();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [editing, setEditing] = useState(false);
  const [actionError, setActionError] = useState<{ text: string; retry?: () => void } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [receive, receiveState] = useMutation(RecordDocumentsReceivedMutation);
  const [confirm, confirmState] = useMutation(ConfirmPersonalDataMutation);
  const [send, sendState] = useMutation(SendToNavigatorMutation);
  const busy = receiveState.loading || confirmState.loading || sendState.loading;
  const variables = { applicationId: application.id };

  async function run(action: () => Promise<unknown>, done: string, retryable = false) {
    setActionError(null);
    setNotice(null);
    try {
      await action();
      setNotice(done);
    } catch (caught) {
      const described = describeError(caught);
      setActionError({
        text: described.message,
        retry: retryable ? () => void run(action, done, retryable) : undefined,
      });
      refetch();
    }
  }

  const outgoing = application.direction === 'OUTGOING';
  const allowed = (action: string) => !outgoing && application.allowedActions.includes(action as never);
  const showReceive = allowed('RECEIVE_DOCUMENTS') && canReceiveDocuments(operator);
  const showConfirm = allowed('CONFIRM_PERSONAL_DATA') && canDecide(operator);
  const showRefuse = allowed('REFUSE') && canDecide(operator);
  const showEdit = allowed('EDIT') && canEdit(operator);
  const showSend =
    !outgoing &&
    operator.role === 'MUNICIPAL_OPERATOR' &&
    application.status === 'CONFIRMED' &&
    !!application.certificate;
  const formHref = `/documents/applications/${application.id}/form.pdf`;

  return (
    <>
      <nav aria-label="Навигационная цепочка">
        <Link href="/registry/applications">Заявки</Link> › Заявка № {application.number}
      </nav>
      <section className="page-panel" aria-labelledby={`${id}-title`}>
        <h1 id={`${id}-title`}>Заявка № {application.number}</h1>
        <p>
          <strong>Статус: </strong>
          <span data-testid="application-status">{application.statusName}</span>
        </p>
        {application.documentsReceivedAt && (
          <p className="notice" data-testid="documents-received">
            Документы получены {formatLongDate(application.documentsReceivedAt)} организацией{' '}
            {application.receivedBy?.name ?? '—'}
          </p>
        )}
        {application.status === 'REFUSED' && (
          <p className="notice notice-error">
            <strong>Причина отказа: </strong>
            <span data-testid="refusal-reason">{application.refusalReason}</span>
          </p>
        )}
        {application.sentToNavigatorAt && (
          <p className="notice notice-success">
            Данные отправлены в ПФДО {formatRegionDateTime(application.sentToNavigatorAt)}
          </p>
        )}
        {outgoing && (
          <p className="notice notice-warning">
            Исходящая заявка: сертификат переходит в муниципалитет {application.municipality.name}. Заявку подтверждает
            оператор нового муниципалитета.
          </p>
        )}
        <dl className={styles.details}>
          <dt>Вид заявки</dt>
          <dd>{KIND_NAMES[application.kind]}</dd>
          <dt>Направление</dt>
          <dd>{DIRECTION_NAMES[application.direction]}</dd>
          <dt>Муниципалитет</dt>
          <dd>{application.municipality.name}</dd>
          <dt>Создана</dt>
          <dd>{formatRegionDateTime(application.createdAt)}</dd>
          <dt>Ребёнок</dt>
          <dd>{fullName(application.child)}</dd>
          <dt>Дата рождения</dt>
          <dd>{formatDate(application.child.birthDate)}</dd>
          <dt>Документ</dt>
          <dd>{application.document ? documentText(application.document) : '—'}</dd>
          {application.document && (
            <>
              <dt>Выдан</dt>
              <dd>
                {formatDate(application.document.issueDate)}, {application.document.issuedBy}
              </dd>
            </>
          )}
          <dt>Заявитель</dt>
          <dd>
            {application.applicantName}
            {application.applicantIsChild ? ' (ребёнок подаёт самостоятельно)' : ''}
          </dd>
          <dt>Электронная почта</dt>
          <dd>{application.email || '—'}</dd>
          {application.group && (
            <>
              <dt>Группа сертификата</dt>
              <dd>{application.group.name}</dd>
            </>
          )}
          {application.processedAt && (
            <>
              <dt>Обработана</dt>
              <dd>{formatRegionDateTime(application.processedAt)}</dd>
            </>
          )}
        </dl>

        {notice && (
          <p role="status" className="notice">
            {notice}
          </p>
        )}
        <div role="alert" className="form-error">
          {actionError?.text}
        </div>
        {actionError?.retry && (
          <button type="button" className="button" onClick={actionError.retry}>
            Повторить
          </button>
        )}
        {!outgoing && (
          <div className="actions">
            {showReceive && (
              <button
                type="button"
                className="button button-primary"
                disabled={busy}
                onClick={() => setDialog('receive')}
              >
                Документы получены
              </button>
            )}
            {showConfirm && (
              <button
                type="button"
                className="button button-primary"
                disabled={busy}
                onClick={() => setDialog('confirm')}
              >
                Подтвердить персональные данные
              </button>
            )}
            {showRefuse && (
              <button type="button" className="button" disabled={busy} onClick={() => setDialog('refuse')}>
                Отказать
              </button>
            )}
            {showEdit && (
              <button type="button" className="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
                Редактировать
              </button>
            )}
            {showSend && (
              <button
                type="button"
                className="button"
                disabled={busy}
                aria-busy={sendState.loading || undefined}
                onClick={() => void run(() => send({ variables }), 'Данные отправлены в ПФДО', true)}
              >
                Отправить в ПФДО
              </button>
            )}
            <a className="button" href={formHref} target="_blank" rel="noopener">
              Распечатать заявление
            </a>
            {application.status === 'REFUSED' && (
              <Link className="button" href="/registry/applications/new?kind=NEW_CERTIFICATE">
                Заявка на новый сертификат
              </Link>
            )}
          </div>
        )}
      </section>

      {editing && showEdit && (
        <EditForm
          application={application}
          onDone={() => {
            setEditing(false);
            setNotice('Изменения сохранены');
          }}
          onFailed={refetch}
        />
      )}

      {application.certificate && (
        <section className="page-panel" aria-labelledby={`${id}-certificate`}>
          <h2 id={`${id}-certificate`}>Сертификат № {application.certificate.number}</h2>
          <dl className={styles.details}>
            <dt>Статус сертификата</dt>
            <dd data-testid="certificate-status">{CERTIFICATE_STATUS_NAMES[application.certificate.status]}</dd>
            <dt>Муниципалитет</dt>
            <dd>{application.certificate.municipality.name}</dd>
            <dt>Группа</dt>
            <dd>{application.certificate.group.name}</dd>
          </dl>
          <h3>История заявок</h3>
          <ul className={styles.history}>
            {application.certificate.applications.map((entry) => (
              <li key={entry.id}>
                {entry.number === application.number ? (
                  <>№ {entry.number}</>
                ) : (
                  <Link href={`/registry/applications/${entry.number}`}>№ {entry.number}</Link>
                )}{' '}
                — {KIND_NAMES[entry.kind]}, {formatRegionDateTime(entry.createdAt)}, {entry.statusName}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="page-panel" aria-labelledby={`${id}-history`}>
        <h2 id={`${id}-history`}>История заявки</h2>
        {application.history.length === 0 ? (
          <p className="muted">Записей нет.</p>
        ) : (
          <ol className={styles.history}>
            {application.history.map((entry, index) => (
              <li key={`${entry.occurredAt}-${index}`}>
                <strong>{formatRegionDateTime(entry.occurredAt)}</strong> — {entry.actionName} ({entry.actorName})
                {entry.details ? `: ${entry.details}` : ''}
              </li>
            ))}
          </ol>
        )}
      </section>

      {dialog === 'receive' && (
        <ConfirmDialog
          title="Документы получены"
          text={`Отметить, что организация получила подписанное заявление № ${application.number} и документы?`}
          onCancel={() => setDialog(null)}
          onOk={() => {
            setDialog(null);
            void run(() => receive({ variables }), 'Получение документов отмечено');
          }}
        />
      )}
      {dialog === 'confirm' && (
        <ConfirmDialog
          title="Подтвердить персональные данные"
          text={`Подтвердить персональные данные по заявке № ${application.number}? Сертификат будет активирован.`}
          onCancel={() => setDialog(null)}
          onOk={() => {
            setDialog(null);
            void run(() => confirm({ variables }), 'Персональные данные подтверждены');
          }}
        />
      )}
      {dialog === 'refuse' && (
        <RefuseDialog
          applicationId={application.id}
          onClose={(refused, failure) => {
            setDialog(null);
            if (refused) setNotice('В заявке отказано');
            if (failure) {
              setActionError({ text: failure });
              refetch();
            }
          }}
        />
      )}
    </>
  );
}

function useModal() {
  const ref = useRef<HTMLDialogElement>(null);
  const opened = useRef(false);
  const attach = (node: HTMLDialogElement | null) => {
    ref.current = node;
    if (node && !opened.current && !node.open) {
      opened.current = true;
      node.showModal();
    }
  };
  return attach;
}

function ConfirmDialog({
  title,
  text,
  onOk,
  onCancel,
}: {
  title: string;
  text: string;
  onOk: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const attach = useModal();
  return (
    <dialog ref={attach} className={styles.dialog} aria-labelledby={`${id}-title`} onCancel={onCancel}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p>{text}</p>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={onOk}>
          ОК
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Отмена
        </button>
      </div>
    </dialog>
  );
}

function RefuseDialog({
  applicationId,
  onClose,
}: {
  applicationId: string;
  onClose: (refused: boolean, failure?: string) => void;
}) {
  const id = useId();
  const attach = useModal();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [refuse, { loading }] = useMutation(RefuseApplicationMutation);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reason.trim()) {
      setError('Укажите причину отказа');
      return;
    }
    try {
      await refuse({ variables: { applicationId, reason: reason.trim() } });
      onClose(true);
    } catch (caught) {
      const described = describeError(caught);
      const forReason = fieldMessage(described, 'reason');
      if (forReason) setError(forReason);
      else onClose(false, described.message);
    }
  }

  return (
    <dialog ref={attach} className={styles.dialog} aria-labelledby={`${id}-title`} onCancel={() => onClose(false)}>
      <form onSubmit={handleSubmit} noValidate>
        <h2 id={`${id}-title`}>Отказать</h2>
        <FormField id={`${id}-reason`} label="Причина отказа" required error={error}>
          {(wiring) => (
            <textarea
              {...wiring}
              name="reason"
              rows={4}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          )}
        </FormField>
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={loading}>
            ОК
          </button>
          <button type="button" className="button" onClick={() => onClose(false)}>
            Отмена
          </button>
        </div>
      </form>
    </dialog>
  );
}

function EditForm({
  application,
  onDone,
  onFailed,
}: {
  application: ApplicationDetailsFragment;
  onDone: () => void;
  onFailed: () => void;
}) {
  const id = useId();
  const [values, setValues] = useState<Record<string, string>>({
    'child.surname': application.child.surname,
    'child.name': application.child.name,
    'child.patronymic': application.child.patronymic,
    'child.birthDate': application.child.birthDate,
    'document.type': application.document?.type ?? 'BIRTH_CERTIFICATE',
    'document.series': application.document?.series ?? '',
    'document.number': application.document?.number ?? '',
    'document.issueDate': application.document?.issueDate ?? '',
    'document.issuedBy': application.document?.issuedBy ?? '',
  });
  const [error, setError] = useState<DescribedError | null>(null);
  const [edit, { loading }] = useMutation(EditApplicationMutation);
  const set = (name: string) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [name]: event.target.value }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      await edit({
        variables: {
          applicationId: application.id,
          child: {
            surname: values['child.surname'].trim(),
            name: values['child.name'].trim(),
            patronymic: values['child.patronymic'].trim() || undefined,
            birthDate: values['child.birthDate'],
          },
          document: {
            type: values['document.type'] as DocumentType,
            series: values['document.series'].trim(),
            number: values['document.number'].trim(),
            issueDate: values['document.issueDate'],
            issuedBy: values['document.issuedBy'].trim(),
          },
        },
      });
      onDone();
    } catch (caught) {
      const described = describeError(caught);
      setError(described);
      if (!described.fields) onFailed();
    }
  }

  const input = (name: string, label: string, type = 'text', required = true) => (
    <FormField id={`${id}-${name}`} label={label} required={required} error={fieldMessage(error, name)}>
      {(wiring) => <input {...wiring} name={name} type={type} value={values[name]} onChange={set(name)} />}
    </FormField>
  );

  return (
    <form className="page-panel" aria-labelledby={`${id}-title`} onSubmit={handleSubmit} noValidate>
      <h2 id={`${id}-title`}>Редактирование заявки</h2>
      <div className={styles.grid}>
        {input('child.surname', 'Фамилия')}
        {input('child.name', 'Имя')}
        {input('child.patronymic', 'Отчество', 'text', false)}
        {input('child.birthDate', 'Дата рождения', 'date')}
        <FormField id={`${id}-document.type`} label="Тип документа" required>
          {(wiring) => (
            <select {...wiring} name="document.type" value={values['document.type']} onChange={set('document.type')}>
              {DOCUMENT_TYPES.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {input('document.series', 'Серия')}
        {input('document.number', 'Номер')}
        {input('document.issueDate', 'Дата выдачи', 'date')}
        {input('document.issuedBy', 'Место выдачи')}
      </div>
      <div role="alert" className="form-error">
        {error?.message}
      </div>
      <button type="submit" className="button button-primary" disabled={loading}>
        Сохранить
      </button>
    </form>
  );
}
