import Link from 'next/link';
import styles from '../../_ui/shell.module.css';

export interface Crumb {
  label: string;
  href?: string;
}

/** Where the page sits: «Услуги › Дополнительное образование › …»; the last crumb is the page itself. */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  return (
    <nav aria-label="Навигационная цепочка" className={styles.breadcrumbs}>
      <ol>
        {trail.map((crumb, index) => (
          <li key={crumb.label}>
            {crumb.href && index < trail.length - 1 ? (
              <Link href={crumb.href}>{crumb.label}</Link>
            ) : (
              <span aria-current="page">{crumb.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

export const servicesTrail: Crumb[] = [
  { label: 'Услуги', href: '/cabinet/services' },
  { label: 'Дополнительное образование', href: '/cabinet/services/additional-education' },
];
