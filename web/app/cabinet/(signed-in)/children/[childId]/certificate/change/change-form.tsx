'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useId, useState, type FormEvent } from 'react';
import { describeError, fieldMessage, type DescribedError } from '@/app/_auth/describe-error';
import { AppForm } from '@/app/_ui/app-form';
import { KIND_NAMES } from '@/app/_ui/application-kinds';
import { ErrorSummary, summaryErrors } from '@/app/_ui/error-summary';
import { FormField } from '@/app/_ui/form-field';
import type { ApplicationKind } from '@/gql/graphql';
import { childPaths } from '../../../../../_children/application-step';
import type { CabinetChild } from '../../../../../_children/use-cabinet-children';
import { ChangeRequestChoicesQuery, RequestCertificateChangeMutation } from './change.operations';

type ChangeKind = Exclude<ApplicationKind, 'NEW_CERTIFICATE'>;

/** «Что вы хотите сделать?» in the words of the registry's «Создать заявку» (seed 001). */
const KINDS: Array<{ kind: ChangeKind; label: string }> = (
  ['CHANGE_GROUP', 'CHANGE_MUNICIPALITY', 'CLARIFY_PERSONAL_DATA'] as const
).map((kind) => ({ kind, label: KIND_NAMES[kind] }));

const FIELDS = [
  'kind',
  'municipalityId',
  'groupId',
  'surname',
  'name',
  'patronymic',
  'birthDate',
  'child',
  'applicantPhone',
  'consentToPersonalDataProcessing',
  'consentToRules',
] as const;

type Certificate = NonNullable<CabinetChild['certificate']>;

/**
 * A parent's own request to change the child's certificate (seed 001: parents file these themselves): the same
 * three kinds and checks as the registry's «Создать заявку»; the registry's operator then confirms or refuses it,
 * and the parent follows it in «История заявок».
 */
export function ChangeForm({ child, certificate }: { child: CabinetChild; certificate: Certificate }) {
  const id = useId();
  const [kind, setKind] = useState<ChangeKind | null>(null);
  const [municipalityId, setMunicipalityId] = useState('');
  const [groupId, setGroupId] = useState('');
  const [person, setPerson] = useState({
    surname: child.surname,
    name: child.name,
    patronymic: child.patronymic,
    birthDate: child.birthDate,
  });
  const [phone, setPhone] = useState('');
  const [consents, setConsents] = useState({ consentToPersonalDataProcessing: false, consentToRules: false });
  const [error, setError] = useState<DescribedError | null>(null);
  const [filed, setFiled] = useState<{ number: string } | null>(null);
  const [request, { loading }] = useMutation(RequestCertificateChangeMutation);
  const choices = useQuery(ChangeRequestChoicesQuery, {
    variables: { municipalityId: municipalityId || child.municipality.id, withGroups: Boolean(municipalityId) },
    skip: kind !== 'CHANGE_MUNICIPALITY',
  });

  if (filed) {
    return (
      <div className="page-panel" role="status">
        <p className="notice notice-success">
          Заявка № {filed.number} отправлена в реестр сертификатов. Её статус виден в «История заявок» сертификата.
        </p>
        <Link href={childPaths.application(child.id)}>Вернуться к сертификату</Link>
      </div>
    );
  }

  const fitsAge = (group: { minAge: number; maxAge: number; blocked: boolean }) =>
    !group.blocked && child.age >= group.minAge && child.age < group.maxAge;
  const groups =
    kind === 'CHANGE_GROUP'
      ? child.eligibleCertificateGroups.filter((group) => group.id !== certificate.group.id)
      : (choices.data?.certificateGroups ?? []).filter(fitsAge);
  const municipalities = (choices.data?.municipalities ?? []).filter(
    (municipality) => municipality.id !== certificate.municipality.id,
  );

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!kind) {
      setError({
        code: 'BAD_USER_INPUT',
        message: 'Выберите, что вы хотите сделать',
        fields: { kind: 'Выберите, что вы хотите сделать' },
      });
      return;
    }
    setError(null);
    try {
      const { data } = await request({
        variables: {
          input: {
            childId: child.id,
            kind,
            municipalityId: kind === 'CHANGE_MUNICIPALITY' ? municipalityId || null : null,
            groupId: kind === 'CLARIFY_PERSONAL_DATA' ? null : groupId || null,
            child: kind === 'CLARIFY_PERSONAL_DATA' ? person : null,
            applicantPhone: phone.trim() || null,
            ...consents,
          },
        },
      });
      if (data) setFiled({ number: data.requestCertificateChange.number });
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  const errorOf = (name: string) => fieldMessage(error, name);
  const inputIdOf = (name: string) => (name === 'kind' ? `${id}-kind-${KINDS[0].kind}` : `${id}-${name}`);
  const fieldErrors = summaryErrors(FIELDS, errorOf, inputIdOf);
  const personField = (name: keyof typeof person, label: string, type = 'text') => (
    <FormField id={`${id}-${name}`} label={label} required={name !== 'patronymic'} error={errorOf(name)}>
      {(wiring) => (
        <input
          {...wiring}
          name={name}
          type={type}
          value={person[name]}
          onChange={(event) => setPerson((current) => ({ ...current, [name]: event.target.value }))}
        />
      )}
    </FormField>
  );
  return (
    <AppForm onSubmit={handleSubmit} aria-label="Заявка на изменение сертификата">
      <ErrorSummary errors={fieldErrors} general={error && fieldErrors.length === 0 ? error.message : undefined} />
      <fieldset className={errorOf('kind') ? 'radios field-invalid' : 'radios'} aria-describedby={`${id}-kind-error`}>
        <legend className="field-legend">Что вы хотите сделать?</legend>
        <p id={`${id}-kind-error`} className="field-error">
          {errorOf('kind')}
        </p>
        {KINDS.map((option) => (
          <div key={option.kind} className="radio">
            <input
              type="radio"
              id={`${id}-kind-${option.kind}`}
              name="kind"
              value={option.kind}
              checked={kind === option.kind}
              onChange={() => {
                setKind(option.kind);
                setGroupId('');
              }}
            />
            <label htmlFor={`${id}-kind-${option.kind}`}>{option.label}</label>
          </div>
        ))}
      </fieldset>
      {kind === 'CHANGE_MUNICIPALITY' && (
        <FormField id={`${id}-municipalityId`} label="Новый муниципалитет" required error={errorOf('municipalityId')}>
          {(wiring) => (
            <select
              {...wiring}
              name="municipalityId"
              value={municipalityId}
              onChange={(event) => {
                setMunicipalityId(event.target.value);
                setGroupId('');
              }}
            >
              <option value="">Выберите муниципалитет</option>
              {municipalities.map((municipality) => (
                <option key={municipality.id} value={municipality.id}>
                  {municipality.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      {(kind === 'CHANGE_GROUP' || (kind === 'CHANGE_MUNICIPALITY' && municipalityId)) && (
        <FormField
          id={`${id}-groupId`}
          label="Группа сертификата"
          required
          hint={`Сейчас: ${certificate.group.name}`}
          error={errorOf('groupId')}
        >
          {(wiring) => (
            <select {...wiring} name="groupId" value={groupId} onChange={(event) => setGroupId(event.target.value)}>
              <option value="">Выберите группу</option>
              {groups.map((group) => (
                <option key={group.id} value={group.id}>
                  {group.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      {kind === 'CLARIFY_PERSONAL_DATA' && (
        <>
          <p id={`${id}-child`} className="field-hint">
            Исправьте данные ребёнка так, как они записаны в его документе. Оператор реестра сверит их с документом.
          </p>
          {errorOf('child') && <p className="field-error">{errorOf('child')}</p>}
          {personField('surname', 'Фамилия')}
          {personField('name', 'Имя')}
          {personField('patronymic', 'Отчество')}
          {personField('birthDate', 'Дата рождения', 'date')}
        </>
      )}
      {kind && (
        <>
          <FormField
            id={`${id}-applicantPhone`}
            label="Телефон для связи"
            hint="Необязательно"
            error={errorOf('applicantPhone')}
          >
            {(wiring) => (
              <input
                {...wiring}
                name="applicantPhone"
                type="tel"
                autoComplete="tel"
                maxLength={40}
                value={phone}
                onChange={(event) => setPhone(event.target.value)}
              />
            )}
          </FormField>
          {(
            [
              ['consentToPersonalDataProcessing', 'Согласен(а) на обработку персональных данных'],
              ['consentToRules', 'С правилами персонифицированного финансирования ознакомлен(а) и согласен(а)'],
            ] as const
          ).map(([name, label]) => (
            <div key={name} className={errorOf(name) ? 'field field-invalid' : 'field'}>
              <p id={`${id}-${name}-error`} className="field-error">
                {errorOf(name)}
              </p>
              <div className="radio">
                <input
                  type="checkbox"
                  id={`${id}-${name}`}
                  name={name}
                  checked={consents[name]}
                  aria-describedby={`${id}-${name}-error`}
                  onChange={(event) => setConsents((current) => ({ ...current, [name]: event.target.checked }))}
                />
                <label htmlFor={`${id}-${name}`}>{label}</label>
              </div>
            </div>
          ))}
        </>
      )}
      <button type="submit" className="button button-primary" disabled={loading}>
        Отправить заявку
      </button>
    </AppForm>
  );
}
