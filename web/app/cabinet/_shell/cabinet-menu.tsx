'use client';

import { usePathname } from 'next/navigation';
import type { SignedInUserFragment } from '@/gql/graphql';
import { PortalMenuBar } from '../../_ui/portal-menu-bar';

/** The seed's top menu: «Услуги», «Обо мне», «Дети», «Почта», «Настройки» (issue 14), and the user's name. */
const SECTIONS = [
  {
    href: '/cabinet/services',
    label: 'Услуги',
    owns: ['/cabinet/services', '/cabinet/children/', '/cabinet/applications/'],
  },
  { href: '/cabinet/about', label: 'Обо мне', owns: [] },
  { href: '/cabinet/children', label: 'Дети', owns: [] },
  { href: '/cabinet/mail', label: 'Почта', owns: [] },
  { href: '/cabinet/settings/notifications', label: 'Настройки', owns: ['/cabinet/settings/'] },
];

function currentOf(pathname: string, section: (typeof SECTIONS)[number]): 'page' | 'true' | undefined {
  if (pathname === section.href) return 'page';
  return section.owns.some((prefix) => pathname.startsWith(prefix)) ? 'true' : undefined;
}

export function CabinetMenu({ user, onSignedOut }: { user: SignedInUserFragment; onSignedOut: () => void }) {
  const pathname = usePathname();
  return (
    <PortalMenuBar
      label="Личный кабинет"
      sections={SECTIONS.map((section) => ({ ...section, current: currentOf(pathname, section) }))}
      userName={user.fullName}
      onSignedOut={onSignedOut}
    />
  );
}
