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

/** A label with «*» for required fields, the input, its hint and its error right under it. */
export function FormField({ id, label, required, hint, error, liveMessage, children }: FormFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const statusId = `${id}-status`;
  const describedBy = [hint && hintId, error && errorId, liveMessage !== undefined && statusId]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && (
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {children({
        id,
        required,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {liveMessage !== undefined && (
        <p id={statusId} className="field-hint" aria-live="polite">
          {liveMessage}
        </p>
      )}
      <p id={errorId} className="field-error" aria-live={liveMessage !== undefined ? 'polite' : undefined}>
        {error}
      </p>
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
