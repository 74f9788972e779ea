import { fieldMessage, type DescribedError } from '@/app/_auth/describe-error';
import { summaryErrors } from '@/app/_ui/error-summary';

/**
 * A field's message: the service names the fields of both arguments by their own names (`email`, `password`),
 * the length checks at the door by their path (`password.password`).
 */
export function staffFieldMessage(error: DescribedError | null, name: string): string | undefined {
  return fieldMessage(error, name) ?? fieldMessage(error, `password.${name}`);
}

/** The summary's links in the form's order, and what no shown field explains. */
export function formErrors(error: DescribedError | null, shown: readonly string[], idPrefix: string) {
  const fields = summaryErrors(
    shown,
    (name) => staffFieldMessage(error, name),
    (name) => `${idPrefix}-${name}`,
  );
  const covered = new Set(shown.flatMap((name) => [name, `password.${name}`]));
  const others = Object.entries(error?.fields ?? {})
    .filter(([name]) => !covered.has(name))
    .map(([, message]) => message);
  const general = !error ? undefined : !error.fields ? error.message : others.join(' ') || undefined;
  return { fields, general };
}
