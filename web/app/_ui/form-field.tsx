import type { ReactNode } from 'react';

/** What an input needs to be tied to its label, hint and error. */
export interface InputWiring {
  id: string;
  required?: boolean;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

interface FormFieldProps {
  id: string;
  label: string;
  required?: boolean;
  hint?: ReactNode;
  error?: string;
  /** Announce changes of the message (for a file checked right after it is chosen). */
  liveMessage?: ReactNode;
  children: (wiring: InputWiring) => ReactNode;
}

/**
 * The GOV.UK field: the label (with «*» when required), its hint, the message in error, then the input, so
 * that the message is read and seen before the input it is about.
 */
export function FormField({ id, label, required, hint, error, liveMessage, children }: FormFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const statusId = `${id}-status`;
  const describedBy = [hint && hintId, error && errorId, liveMessage !== undefined && statusId]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && (
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <p id={errorId} className="field-error" aria-live={liveMessage !== undefined ? 'polite' : undefined}>
        {error && <span className="visually-hidden">Ошибка: </span>}
        {error}
      </p>
      {children({
        id,
        required,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {liveMessage !== undefined && (
        <p id={statusId} className="field-hint" aria-live="polite">
          {liveMessage}
        </p>
      )}
    </div>
  );
}

export function RequiredNote() {
  return (
    <p className="field-hint required-note">
      Поля, отмеченные <span className="required">*</span>, обязательны для заполнения.
    </p>
  );
}

/** Moves the keyboard to the first field in error, in the order the form shows them. */
export function focusFirstInvalid(
  form: HTMLFormElement | null,
  order: string[],
  errors: Record<string, string | undefined>,
) {
  const first = order.find((name) => errors[name]);
  if (!first || !form) return;
  const input = form.querySelector<HTMLElement>(`[name="${first}"]`);
  input?.focus();
}
