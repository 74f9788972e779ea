'use client';

import { useMutation } from '@apollo/client/react';
import { useSyncExternalStore } from 'react';
import { SetMyThemeDocument, type Theme } from '@/gql/graphql';
import styles from './navigator.module.css';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void) {
  const media = window.matchMedia(DARK_QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** Whether the system prefers dark; unknown on the server (the CSS's media query decides there). */
export function useSystemPrefersDark(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(DARK_QUERY).matches,
    () => false,
  );
}

/**
 * The slider «Темная тема» in the cabinet's panel (seed 002): the choice is kept with the account (it follows the
 * holder to another device); until he chooses, the system's preference decides, and the slider shows it.
 */
export function ThemeSwitch({ theme }: { theme: Theme | null }) {
  const systemDark = useSystemPrefersDark();
  const [save, { loading, error }] = useMutation(SetMyThemeDocument);
  const dark = theme ? theme === 'DARK' : systemDark;
  return (
    // A named region, as the rest of the panel: nothing of the page stands outside a landmark.
    <section className={styles.theme} aria-label="Оформление">
      <label className={styles.switch}>
        <input
          type="checkbox"
          role="switch"
          checked={dark}
          disabled={loading}
          onChange={(event) => {
            const next: Theme = event.target.checked ? 'DARK' : 'LIGHT';
            void save({
              variables: { theme: next },
              update: (cache) => cache.modify({ fields: { myTheme: () => next } }),
            }).catch(() => undefined);
          }}
        />
        <span className={styles.switchTrack} aria-hidden="true" />
        Темная тема
      </label>
      {error && (
        <p role="alert" className="form-error">
          Не удалось сохранить тему. Попробуйте ещё раз
        </p>
      )}
    </section>
  );
}
