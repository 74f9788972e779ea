'use client';

import { useSyncExternalStore, type ComponentProps } from 'react';

const noChanges = () => () => {};

/** False in the server's HTML and while React hydrates it, true once the page's scripts run the form. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noChanges,
    () => true,
    () => false,
  );
}

/**
 * A form the app submits itself (`onSubmit`, its own Russian checks: `noValidate`). Server-rendered pages show
 * it before their scripts have run; until then its controls are disabled, so that nothing typed is lost to a
 * state that does not know it yet, and a tap on the button cannot make the browser submit the form natively
 * (a page reload that forgets the input; and never with the fields in the URL, hence `post`). On a slow phone
 * that lasts as long as the scripts take to load; the fieldset draws no box of its own.
 */
export function AppForm({ children, ...props }: Omit<ComponentProps<'form'>, 'method' | 'noValidate'>) {
  const hydrated = useHydrated();
  return (
    <form method="post" noValidate {...props}>
      <fieldset className="form-controls" disabled={!hydrated}>
        {children}
      </fieldset>
    </form>
  );
}
