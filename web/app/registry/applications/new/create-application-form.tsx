'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { ApplicationKind, CreateApplicationMutation as Created, DocumentType } from '@/gql/graphql';
import { describeError, fieldMessage, type DescribedError } from '../../../_auth/describe-error';
import { DOCUMENT_TYPES } from '../../../_ui/document-types';
import { focusFirstInvalid, FormField, RequiredNote } from '../../../_ui/form-field';
import { KIND_NAMES, KINDS } from '../../_shell/names';
import { useOperator } from '../../_shell/operator';
import styles from '../../_shell/registry.module.css';
import {
  CertificateGroupsQuery,
  CreateApplicationMutation,
  MunicipalitiesQuery,
} from '../../_shell/registry.operations';

const ORDER = [
  'kind',
  'certificateNumber',
  'municipalityId',
  'child.surname',
  'child.name',
  'child.patronymic',
  'child.birthDate',
  'document.type',
  'document.series',
  'document.number',
  'document.issueDate',
  'document.issuedBy',
  'applicantName',
  'applicantEmail',
  'applicantPhone',
  'groupId',
  'consentToPersonalDataProcessing',
  'consentToRules',
];

const needsChild = (kind: ApplicationKind) => kind === 'NEW_CERTIFICATE' || kind === 'CLARIFY_PERSONAL_DATA';
const needsGroup = (kind: ApplicationKind) => kind !== 'CLARIFY_PERSONAL_DATA';

export function CreateApplicationForm({ initialKind }: { initialKind: ApplicationKind }) {
  const operator = useOperator();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Record<string, string>>({
    municipalityId: operator.municipality?.id ?? '',
    'document.type': 'BIRTH_CERTIFICATE',
  });
  const [kind, setKind] = useState<ApplicationKind>(initialKind);
  const [childHimself, setChildHimself] = useState(false);
  const [consentPd, setConsentPd] = useState(false);
  const [consentRules, setConsentRules] = useState(false);
  const [error, setError] = useState<DescribedError | null>(null);
  const [created, setCreated] = useState<Created['createApplication'] | null>(null);
  const municipalities = useQuery(MunicipalitiesQuery, { ssr: false });
  const groups = useQuery(CertificateGroupsQuery, {
    variables: { municipalityId: values.municipalityId },
    skip: !values.municipalityId,
    ssr: false,
  });
  const [create, { loading }] = useMutation(CreateApplicationMutation);

  const set = (name: string) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [name]: event.target.value }));
  const err = (name: string) => fieldMessage(error, name);
  const documentType = DOCUMENT_TYPES.find((option) => option.value === values['document.type']) ?? DOCUMENT_TYPES[0];

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const value = (name: string) => values[name]?.trim() || undefined;
    try {
      const result = await create({
        variables: {
          input: {
            kind,
            municipalityId: values.municipalityId,
            certificateNumber: kind === 'NEW_CERTIFICATE' ? undefined : value('certificateNumber'),
            child: needsChild(kind)
              ? {
                  surname: value('child.surname') ?? '',
                  name: value('child.name') ?? '',
                  patronymic: value('child.patronymic'),
                  birthDate: value('child.birthDate') ?? '',
                }
              : undefined,
            document: needsChild(kind)
              ? {
                  type: values['document.type'] as DocumentType,
                  series: value('document.series') ?? '',
                  number: value('document.number') ?? '',
                  issueDate: value('document.issueDate') ?? '',
                  issuedBy: value('document.issuedBy') ?? '',
                }
              : undefined,
            groupId: needsGroup(kind) ? value('groupId') : undefined,
            applicantName: childHimself ? undefined : value('applicantName'),
            applicantEmail: value('applicantEmail'),
            applicantPhone: value('applicantPhone'),
            childAppliesHimself: childHimself,
            consentToPersonalDataProcessing: consentPd,
            consentToRules: consentRules,
          },
        },
      });
      if (result.data) {
        setCreated(result.data.createApplication);
        window.scrollTo(0, 0);
      }
    } catch (caught) {
      const described = describeError(caught);
      setError(described);
      const errors = Object.fromEntries(ORDER.map((name) => [name, fieldMessage(described, name)]));
      focusFirstInvalid(formRef.current, ORDER, errors);
    }
  }

  if (created) {
    return (
      <CreatedApplication
        created={created}
        onAnother={() => {
          setCreated(null);
          setValues({ municipalityId: operator.municipality?.id ?? '', 'document.type': 'BIRTH_CERTIFICATE' });
          setKind('NEW_CERTIFICATE');
          setChildHimself(false);
          setConsentPd(false);
          setConsentRules(false);
        }}
      />
    );
  }

  const input = (
    name: string,
    label: string,
    options: { required?: boolean; type?: string; hint?: string; autoComplete?: string } = {},
  ) => (
    <FormField id={`${id}-${name}`} label={label} required={options.required} hint={options.hint} error={err(name)}>
      {(wiring) => (
        <input
          {...wiring}
          name={name}
          type={options.type ?? 'text'}
          autoComplete={options.autoComplete ?? 'off'}
          value={values[name] ?? ''}
          onChange={set(name)}
        />
      )}
    </FormField>
  );

  // Messages for inputs the form shows are next to them; the rest (e.g. «childAppliesHimself») go here.
  const shown = (name: string) => ORDER.includes(name) && (name !== 'groupId' || needsGroup(kind));
  const otherMessages = Object.entries(error?.fields ?? {})
    .filter(([name]) => !shown(name))
    .map(([, message]) => message);
  const generalError = !error
    ? undefined
    : !error.fields
      ? error.message
      : ['Исправьте ошибки в отмеченных полях.', ...otherMessages].join(' ');

  return (
    <form ref={formRef} className="page-panel" aria-labelledby={`${id}-title`} onSubmit={handleSubmit} noValidate>
      <h1 id={`${id}-title`}>Создать заявку</h1>
      <RequiredNote />
      <fieldset className={styles.fieldset}>
        <legend>Шаг 3. Что вы хотите сделать?</legend>
        {KINDS.map((candidate) => (
          <label key={candidate} className={styles.check}>
            <input
              type="radio"
              name="kind"
              value={candidate}
              checked={kind === candidate}
              onChange={() => setKind(candidate)}
            />
            <span>{KIND_NAMES[candidate]}</span>
          </label>
        ))}
        {kind !== 'NEW_CERTIFICATE' &&
          input('certificateNumber', 'Номер сертификата', { required: true, hint: '10 цифр' })}
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend>Шаг 4. Муниципалитет</legend>
        <FormField
          id={`${id}-municipalityId`}
          label={kind === 'CHANGE_MUNICIPALITY' ? 'Новый муниципалитет проживания' : 'Муниципалитет'}
          required
          error={err('municipalityId')}
        >
          {(wiring) => (
            <select
              {...wiring}
              name="municipalityId"
              value={values.municipalityId ?? ''}
              onChange={(event) =>
                setValues((current) => ({ ...current, municipalityId: event.target.value, groupId: '' }))
              }
            >
              {!municipalities.data && (
                <option value={values.municipalityId}>{operator.municipality?.name ?? 'Загрузка…'}</option>
              )}
              {municipalities.data?.municipalities.map((municipality) => (
                <option key={municipality.id} value={municipality.id}>
                  {municipality.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend>Шаг 5. Данные заявления</legend>
        {needsChild(kind) && (
          <>
            <h2>Ребёнок</h2>
            <div className={styles.grid}>
              {input('child.surname', 'Фамилия', { required: true })}
              {input('child.name', 'Имя', { required: true })}
              {input('child.patronymic', 'Отчество')}
              {input('child.birthDate', 'Дата рождения', { required: true, type: 'date' })}
            </div>
            <h2>Документ</h2>
            <div className={styles.grid}>
              <FormField id={`${id}-document.type`} label="Тип документа" required error={err('document.type')}>
                {(wiring) => (
                  <select
                    {...wiring}
                    name="document.type"
                    value={values['document.type']}
                    onChange={set('document.type')}
                  >
                    {DOCUMENT_TYPES.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                )}
              </FormField>
              {input('document.series', 'Серия', { required: true, hint: documentType.seriesHint })}
              {input('document.number', 'Номер', { required: true, hint: documentType.numberHint })}
              {input('document.issueDate', 'Дата выдачи', { required: true, type: 'date' })}
              {input('document.issuedBy', 'Место выдачи', { required: true })}
            </div>
          </>
        )}
        <h2>Заявитель</h2>
        <label className={styles.check}>
          <input
            type="checkbox"
            name="childAppliesHimself"
            checked={childHimself}
            onChange={(event) => setChildHimself(event.target.checked)}
          />
          <span>Ребенок старше 14 лет подает самостоятельно</span>
        </label>
        <div className={styles.grid}>
          {!childHimself &&
            input('applicantName', 'ФИО заявителя', { required: true, hint: 'Родитель (законный представитель)' })}
          {input('applicantEmail', 'E-mail', { type: 'email' })}
          {input('applicantPhone', 'Телефон', { type: 'tel' })}
        </div>
        {needsGroup(kind) && (
          <FormField id={`${id}-groupId`} label="Группа сертификата" required error={err('groupId')}>
            {(wiring) => (
              <select {...wiring} name="groupId" value={values.groupId ?? ''} onChange={set('groupId')}>
                <option value="">{groups.loading ? 'Загрузка…' : 'Выберите группу'}</option>
                {groups.data?.certificateGroups
                  .filter((group) => !group.blocked)
                  .map((group) => (
                    <option key={group.id} value={group.id}>
                      {group.name}
                    </option>
                  ))}
              </select>
            )}
          </FormField>
        )}
        <label className={styles.check}>
          <input
            type="checkbox"
            name="consentToPersonalDataProcessing"
            checked={consentPd}
            onChange={(event) => setConsentPd(event.target.checked)}
            aria-invalid={err('consentToPersonalDataProcessing') ? true : undefined}
          />
          <span>Согласие на обработку персональных данных</span>
        </label>
        <p className="field-error">{err('consentToPersonalDataProcessing')}</p>
        <label className={styles.check}>
          <input
            type="checkbox"
            name="consentToRules"
            checked={consentRules}
            onChange={(event) => setConsentRules(event.target.checked)}
            aria-invalid={err('consentToRules') ? true : undefined}
          />
          <span>Согласие с правилами персонифицированного финансирования</span>
        </label>
        <p className="field-error">{err('consentToRules')}</p>
      </fieldset>
      <div role="alert" className="form-error">
        {generalError}
      </div>
      <button type="submit" className="button button-primary" disabled={loading} aria-busy={loading || undefined}>
        Отправить
      </button>
    </form>
  );
}

function CreatedApplication({ created, onAnother }: { created: Created['createApplication']; onAnother: () => void }) {
  const { application } = created;
  return (
    <section className="page-panel" aria-labelledby="created-title">
      <h1 id="created-title">Заявка № {application.number} создана</h1>
      <p role="status" className="notice notice-success">
        {KIND_NAMES[application.kind]}: заявка № <strong data-testid="created-number">{application.number}</strong>,
        статус «{application.statusName}».
      </p>
      {created.navigatorLogin && created.navigatorPassword && (
        <section className="notice" aria-labelledby="created-credentials">
          <h2 id="created-credentials">Логин и пароль личного кабинета в навигаторе</h2>
          <ul className="facts">
            <li>
              <span className="label">Логин:</span>{' '}
              <strong data-testid="navigator-login">{created.navigatorLogin}</strong>
            </li>
            <li>
              <span className="label">Пароль:</span>{' '}
              <strong data-testid="navigator-password">{created.navigatorPassword}</strong>
            </li>
          </ul>
          <p>
            <strong>Пароль показывается один раз.</strong> Заявление и логин с паролем отправлены на электронную почту
            организации.
          </p>
        </section>
      )}
      <div className="actions">
        <Link className="button button-primary" href={`/registry/applications/${application.number}`}>
          Перейти к заявке
        </Link>
        <a
          className="button"
          href={`/documents/applications/${application.id}/form.pdf`}
          target="_blank"
          rel="noopener"
        >
          Распечатать заявление
        </a>
        <button type="button" className="button" onClick={onAnother}>
          Создать ещё заявку
        </button>
      </div>
    </section>
  );
}
