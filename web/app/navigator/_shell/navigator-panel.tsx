'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { Theme } from '@/gql/graphql';
import { useLogout } from '../../_auth/use-logout';
import { CabinetSwitcher } from './cabinet-switcher';
import { HelpDialog } from './help/help-dialog';
import { currentSection, navigatorSections } from './navigator-sections';
import styles from './navigator.module.css';
import { ThemeSwitch } from './theme-switch';

/**
 * The cabinet's left panel: its sections, the holder's login (the certificate's number) with the arrow to the
 * merged cabinets, the «?» help, «Выйти», and the slider «Темная тема».
 */
export function NavigatorPanel({
  login,
  theme = null,
  nokoEnabled = false,
}: {
  login: string;
  theme?: Theme | null;
  nokoEnabled?: boolean;
}) {
  const pathname = usePathname();
  const sections = navigatorSections(nokoEnabled);
  const current = currentSection(pathname, sections);
  const { signOut, loading, error } = useLogout();
  return (
    <div className={styles.panel} data-portal-menu>
      {/* A named region before <main>: the skip link jumps over it. */}
      <section className={styles.user} aria-label="Пользователь">
        <span className={styles.login}>{login}</span>
        <CabinetSwitcher />
        <HelpDialog />
        <button type="button" className={styles.logout} onClick={() => void signOut()} disabled={loading}>
          Выйти
        </button>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
      </section>
      <nav aria-label="Кабинет сертификата">
        <ul className={styles.sections}>
          {sections.map((section) => (
            <li key={section.href}>
              <Link href={section.href} aria-current={current.get(section.href)} prefetch={false}>
                {section.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <ThemeSwitch theme={theme} />
    </div>
  );
}
