'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** The seed's user menu (seed 004, step 10): «Изменить логин», «Изменить пароль», «Настройка уведомлений». */
const SETTINGS = [
  { href: '/cabinet/settings/login', label: 'Изменить логин' },
  { href: '/cabinet/settings/password', label: 'Изменить пароль' },
  { href: '/cabinet/settings/notifications', label: 'Настройка уведомлений' },
];

export function SettingsNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Настройки" className="sub-nav">
      <ul>
        {SETTINGS.map((item) => (
          <li key={item.href}>
            <Link href={item.href} prefetch={false} aria-current={pathname === item.href ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
