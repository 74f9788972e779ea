'use client';

import Link from 'next/link';
import { useLogout } from '../_auth/use-logout';
import styles from './shell.module.css';

export interface MenuSection {
  href: string;
  label: string;
  current?: 'page' | 'true';
}

/** A cabinet's top bar: its sections, the signed-in user's name and «Выйти». */
export function PortalMenuBar({
  label,
  sections,
  userName,
  onSignedOut,
}: {
  label: string;
  sections: MenuSection[];
  userName: string;
  onSignedOut?: () => void;
}) {
  const { signOut, loading, error } = useLogout(onSignedOut);
  return (
    <div className={styles.bar} data-portal-menu>
      <nav aria-label={label} className={styles.menu}>
        <ul>
          {sections.map((section) => (
            <li key={section.href}>
              {/* No prefetch: every page is rendered per request with its data, so a prefetch brings nothing
                  but a request to the server per link while the page loads (Lighthouse saw four). */}
              <Link
                href={section.href}
                aria-current={section.current}
                prefetch={false}
                // On a phone the sections are a strip that scrolls sideways (shell.module.css): the browser
                // brings a focused link only partly into view, this brings all of it.
                onFocus={(event) => event.currentTarget.scrollIntoView({ block: 'nearest', inline: 'nearest' })}
              >
                {section.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {/* A named region: the user's name and «Выйти» are a landmark of their own, before <main>. */}
      <section className={styles.user} aria-label="Пользователь">
        <span className={styles.userName}>{userName}</span>
        <button type="button" className={styles.logout} onClick={() => void signOut()} disabled={loading}>
          Выйти
        </button>
      </section>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </div>
  );
}
