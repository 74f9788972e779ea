'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useLogout } from '../../_auth/use-logout';
import { currentSection, NAVIGATOR_SECTIONS } from './navigator-sections';
import styles from './navigator.module.css';

/** The cabinet's left panel: its sections, the holder's login (the certificate's number) and «Выйти». */
export function NavigatorPanel({ login }: { login: string }) {
  const pathname = usePathname();
  const current = currentSection(pathname);
  const { signOut, loading, error } = useLogout();
  return (
    <div className={styles.panel} data-portal-menu>
      {/* A named region before <main>: the skip link jumps over it. */}
      <section className={styles.user} aria-label="Пользователь">
        <span className={styles.login}>{login}</span>
        <button type="button" className={styles.logout} onClick={() => void signOut()} disabled={loading}>
          Выйти
        </button>
      </section>
      <nav aria-label="Кабинет сертификата">
        <ul className={styles.sections}>
          {NAVIGATOR_SECTIONS.map((section) => (
            <li key={section.href}>
              <Link href={section.href} aria-current={current.get(section.href)} prefetch={false}>
                {section.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </div>
  );
}
