'use client';

import { useApolloClient, useMutation } from '@apollo/client/react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useState } from 'react';
import type { SignedInUserFragment } from '@/gql/graphql';
import { LogoutMutation } from '../../_auth/auth.operations';
import { describeError } from '../../_auth/describe-error';
import styles from '../../_ui/shell.module.css';

/** The seed's top menu: «Услуги», «Обо мне», «Дети», «Почта», and the user's name. */
const SECTIONS = [
  { href: '/cabinet/services', label: 'Услуги', owns: ['/cabinet/services', '/cabinet/children/', '/cabinet/applications/'] },
  { href: '/cabinet/about', label: 'Обо мне', owns: [] },
  { href: '/cabinet/children', label: 'Дети', owns: [] },
  { href: '/cabinet/mail', label: 'Почта', owns: [] },
];

function currentOf(pathname: string, section: (typeof SECTIONS)[number]): 'page' | 'true' | undefined {
  if (pathname === section.href) return 'page';
  return section.owns.some((prefix) => pathname.startsWith(prefix)) ? 'true' : undefined;
}

export function CabinetMenu({ user, onSignedOut }: { user: SignedInUserFragment; onSignedOut: () => void }) {
  const pathname = usePathname();
  const client = useApolloClient();
  const [logout, { loading }] = useMutation(LogoutMutation);
  const [error, setError] = useState<string | null>(null);

  async function handleLogout() {
    setError(null);
    try {
      await logout();
      onSignedOut();
      // Forget everything fetched for this user; `me` is asked again and comes back empty.
      await client.resetStore();
    } catch (caught) {
      setError(describeError(caught).message);
    }
  }

  return (
    <div className={styles.bar}>
      <nav aria-label="Личный кабинет" className={styles.menu}>
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.href}>
              <Link href={section.href} aria-current={currentOf(pathname, section)}>
                {section.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className={styles.user}>
        <span className={styles.userName}>{user.fullName}</span>
        <button type="button" className={styles.logout} onClick={handleLogout} disabled={loading}>
          Выйти
        </button>
      </div>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </div>
  );
}
