'use client';

import { useQuery } from '@apollo/client/react';
import { FormField } from '@/app/_ui/form-field';
import styles from '@/app/registry/_shell/registry.module.css';
import type { StaffAccountInput } from '@/gql/graphql';
import { StaffMunicipalitiesQuery } from './new/create-staff-account.operations';

export type StaffAccountValues = Required<Omit<StaffAccountInput, 'municipalityId'>> & { municipalityId: string };

export const EMPTY_STAFF_ACCOUNT: StaffAccountValues = {
  email: '',
  name: '',
  address: '',
  workingHours: '',
  responsiblePerson: '',
  phone: '',
  canViewPersonalData: false,
  canConfirmApplications: false,
  municipalityId: '',
};

/** The inputs in the order the form shows them, for the error summary. */
export const STAFF_ACCOUNT_FIELDS = [
  'municipalityId',
  'email',
  'name',
  'address',
  'workingHours',
  'responsiblePerson',
  'phone',
] as const;

const TEXT_FIELDS: Array<{
  name: Exclude<(typeof STAFF_ACCOUNT_FIELDS)[number], 'municipalityId'>;
  label: string;
  required?: boolean;
  hint?: string;
  type?: string;
  autoComplete?: string;
}> = [
  {
    name: 'email',
    label: 'E-mail организации',
    required: true,
    hint: 'Действующий адрес: это логин для входа в личный кабинет',
    type: 'email',
    autoComplete: 'off',
  },
  { name: 'name', label: 'Наименование организации', required: true },
  { name: 'address', label: 'Адрес организации', required: true },
  { name: 'workingHours', label: 'Режим работы', hint: 'Например: пн–пт 9:00–17:00, обед 12:00–13:00' },
  { name: 'responsiblePerson', label: 'ФИО ответственного лица' },
  {
    name: 'phone',
    label: 'Контактный номер телефона',
    required: true,
    hint: 'По вопросам получения сертификатов',
    type: 'tel',
  },
];

/**
 * The account's details: the login e-mail, the organization's name and the information for clients; the two
 * rights for a reception organization; the municipality for the regional operator's registry operators.
 */
export function StaffAccountFieldset({
  idPrefix,
  values,
  regional,
  errorOf,
  onChange,
}: {
  idPrefix: string;
  values: StaffAccountValues;
  regional: boolean;
  errorOf: (name: string) => string | undefined;
  onChange: (next: Partial<StaffAccountValues>) => void;
}) {
  const municipalities = useQuery(StaffMunicipalitiesQuery, { skip: !regional });
  return (
    <>
      <fieldset className={styles.fieldset}>
        <legend>Информация об организации</legend>
        {regional && (
          <FormField id={`${idPrefix}-municipalityId`} label="Муниципалитет" required error={errorOf('municipalityId')}>
            {(wiring) => (
              <select
                {...wiring}
                name="municipalityId"
                value={values.municipalityId}
                onChange={(event) => onChange({ municipalityId: event.target.value })}
              >
                <option value="">Выберите муниципалитет</option>
                {municipalities.data?.municipalities.map((municipality) => (
                  <option key={municipality.id} value={municipality.id}>
                    {municipality.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        {TEXT_FIELDS.map((field) => (
          <FormField
            key={field.name}
            id={`${idPrefix}-${field.name}`}
            label={field.label}
            required={field.required}
            hint={field.hint}
            error={errorOf(field.name)}
          >
            {(wiring) => (
              <input
                {...wiring}
                name={field.name}
                type={field.type ?? 'text'}
                autoComplete={field.autoComplete}
                value={values[field.name]}
                onChange={(event) => onChange({ [field.name]: event.target.value })}
              />
            )}
          </FormField>
        ))}
      </fieldset>
      {!regional && (
        <fieldset className={styles.fieldset}>
          <legend>Права</legend>
          <p className="field-hint">
            Для организаций, которые будут активировать сертификаты (защищённый канал связи, аттестованные рабочие
            места).
          </p>
          <label className={styles.check}>
            <input
              type="checkbox"
              name="canViewPersonalData"
              checked={values.canViewPersonalData}
              onChange={(event) => onChange({ canViewPersonalData: event.target.checked })}
            />
            <span>Имеет право просмотреть персональные данные</span>
          </label>
          <label className={styles.check}>
            <input
              type="checkbox"
              name="canConfirmApplications"
              checked={values.canConfirmApplications}
              onChange={(event) => onChange({ canConfirmApplications: event.target.checked })}
            />
            <span>Имеет право подтверждать заявки</span>
          </label>
        </fieldset>
      )}
    </>
  );
}

/** What the mutations take: the municipality only from the regional operator. */
export function staffAccountInputOf(values: StaffAccountValues, regional: boolean): StaffAccountInput {
  const { municipalityId, ...rest } = values;
  return { ...rest, municipalityId: regional ? municipalityId || null : undefined };
}
