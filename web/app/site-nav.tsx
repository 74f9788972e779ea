'use client';

import { usePathname } from 'next/navigation';
import { portalList } from './_auth/portals';

/**
 * The three entrances, with the current one marked for screen readers and the eye. Plain links: each portal
 * has a client of its own, so going to another is a page load anyway, and the landing page, which has no
 * other link component, loads no router link code.
 */
export function SiteNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Разделы" className="site-nav">
      <ul>
        {portalList.map((portal) => (
          <li key={portal.href}>
            <a href={portal.href} aria-current={pathname.startsWith(portal.href) ? 'page' : undefined}>
              {portal.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
