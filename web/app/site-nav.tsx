'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { portalList } from './_auth/portals';

/** The three entrances, with the current one marked for screen readers and the eye. */
export function SiteNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Разделы" className="site-nav">
      <ul>
        {portalList.map((portal) => (
          <li key={portal.href}>
            <Link href={portal.href} aria-current={pathname.startsWith(portal.href) ? 'page' : undefined}>
              {portal.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
