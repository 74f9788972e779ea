'use client';

import { FormField } from '@/app/_ui/form-field';
import styles from '@/app/registry/_shell/registry.module.css';

export const APPLICANT_FIELDS = [
  'applicantName',
  'applicantEmail',
  'applicantPhone',
  'groupId',
  'consentToPersonalDataProcessing',
  'consentToRules',
] as const;

export interface ApplicantValues {
  applicantName: string;
  applicantEmail: string;
  applicantPhone: string;
  groupId: string;
  childAppliesHimself: boolean;
  consentToPersonalDataProcessing: boolean;
  consentToRules: boolean;
}

export const EMPTY_APPLICANT: ApplicantValues = {
  applicantName: '',
  applicantEmail: '',
  applicantPhone: '',
  groupId: '',
  childAppliesHimself: false,
  consentToPersonalDataProcessing: false,
  consentToRules: false,
};

/** A certificate group to choose from (the municipality's, as the page's request brought them). */
export interface GroupChoice {
  id: string;
  name: string;
  blocked: boolean;
}

/**
 * «Заявитель», the certificate's group (when the kind needs one) and the two consents. `groups` are the chosen
 * municipality's; undefined while the municipalities are still being loaded.
 */
export function ApplicantFieldset({
  idPrefix: id,
  values,
  groups,
  withGroup,
  onChange,
  errorOf,
}: {
  idPrefix: string;
  values: ApplicantValues;
  groups: GroupChoice[] | undefined;
  withGroup: boolean;
  onChange: (next: Partial<ApplicantValues>) => void;
  errorOf: (name: string) => string | undefined;
}) {
  const text = (
    name: 'applicantName' | 'applicantEmail' | 'applicantPhone',
    label: string,
    options: { required?: boolean; type?: string; hint?: string; autoComplete?: string } = {},
  ) => (
    <FormField id={`${id}-${name}`} label={label} required={options.required} hint={options.hint} error={errorOf(name)}>
      {(wiring) => (
        <input
          {...wiring}
          name={name}
          type={options.type ?? 'text'}
          autoComplete={options.autoComplete ?? 'off'}
          value={values[name]}
          onChange={(event) => onChange({ [name]: event.target.value })}
        />
      )}
    </FormField>
  );
  const consent = (name: 'consentToPersonalDataProcessing' | 'consentToRules', label: string) => (
    <div className={errorOf(name) ? 'field field-invalid' : 'field'}>
      <p id={`${id}-${name}-error`} className="field-error">
        {errorOf(name) && <span className="visually-hidden">Ошибка: </span>}
        {errorOf(name)}
      </p>
      <label className={styles.check}>
        <input
          id={`${id}-${name}`}
          type="checkbox"
          name={name}
          checked={values[name]}
          onChange={(event) => onChange({ [name]: event.target.checked })}
          aria-invalid={errorOf(name) ? true : undefined}
          aria-describedby={errorOf(name) ? `${id}-${name}-error` : undefined}
        />
        <span>{label}</span>
      </label>
    </div>
  );
  return (
    <fieldset className={styles.fieldset}>
      <legend>Заявитель</legend>
      <label className={styles.check}>
        <input
          type="checkbox"
          name="childAppliesHimself"
          checked={values.childAppliesHimself}
          onChange={(event) => onChange({ childAppliesHimself: event.target.checked })}
        />
        <span>Ребенок старше 14 лет подает самостоятельно</span>
      </label>
      <div className={styles.grid}>
        {!values.childAppliesHimself &&
          text('applicantName', 'ФИО заявителя', { required: true, hint: 'Родитель (законный представитель)' })}
        {text('applicantEmail', 'E-mail', { type: 'email' })}
        {text('applicantPhone', 'Телефон', { type: 'tel' })}
      </div>
      {withGroup && (
        <FormField id={`${id}-groupId`} label="Группа сертификата" required error={errorOf('groupId')}>
          {(wiring) => (
            <select
              {...wiring}
              name="groupId"
              value={values.groupId}
              onChange={(event) => onChange({ groupId: event.target.value })}
            >
              <option value="">{groups ? 'Выберите группу' : 'Загрузка…'}</option>
              {groups
                ?.filter((group) => !group.blocked)
                .map((group) => (
                  <option key={group.id} value={group.id}>
                    {group.name}
                  </option>
                ))}
            </select>
          )}
        </FormField>
      )}
      {consent('consentToPersonalDataProcessing', 'Согласие на обработку персональных данных')}
      {consent('consentToRules', 'Согласие с правилами персонифицированного финансирования')}
    </fieldset>
  );
}
