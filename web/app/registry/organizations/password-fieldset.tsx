'use client';

import { FormField } from '@/app/_ui/form-field';
import styles from '@/app/registry/_shell/registry.module.css';

export interface PasswordValues {
  generate: boolean;
  password: string;
  passwordRepeat: string;
}

export const EMPTY_PASSWORD: PasswordValues = { generate: false, password: '', passwordRepeat: '' };

export const PASSWORD_FIELDS = ['password', 'passwordRepeat'] as const;

/** A new password typed twice, or «Сгенерировать пароль» (shown once after saving). */
export function PasswordFieldset({
  idPrefix,
  legend,
  values,
  errorOf,
  onChange,
}: {
  idPrefix: string;
  legend: string;
  values: PasswordValues;
  errorOf: (name: string) => string | undefined;
  onChange: (next: Partial<PasswordValues>) => void;
}) {
  return (
    <fieldset className={styles.fieldset}>
      <legend>{legend}</legend>
      <label className={styles.check}>
        <input
          type="checkbox"
          name="generate"
          checked={values.generate}
          onChange={(event) => onChange({ generate: event.target.checked })}
        />
        <span>Сгенерировать пароль (будет показан один раз)</span>
      </label>
      {!values.generate && (
        <>
          <FormField
            id={`${idPrefix}-password`}
            label="Пароль"
            required
            hint="Не короче 8 символов, с буквами и цифрами"
            error={errorOf('password')}
          >
            {(wiring) => (
              <input
                {...wiring}
                name="password"
                type="password"
                autoComplete="new-password"
                value={values.password}
                onChange={(event) => onChange({ password: event.target.value })}
              />
            )}
          </FormField>
          <FormField
            id={`${idPrefix}-passwordRepeat`}
            label="Повторите пароль"
            required
            error={errorOf('passwordRepeat')}
          >
            {(wiring) => (
              <input
                {...wiring}
                name="passwordRepeat"
                type="password"
                autoComplete="new-password"
                value={values.passwordRepeat}
                onChange={(event) => onChange({ passwordRepeat: event.target.value })}
              />
            )}
          </FormField>
        </>
      )}
    </fieldset>
  );
}

/** What the mutations take: no typed password when one is generated. */
export function passwordInputOf(values: PasswordValues) {
  return values.generate
    ? { generate: true }
    : { generate: false, password: values.password, passwordRepeat: values.passwordRepeat };
}
