import Link from 'next/link';
import { formatRegionDateTime } from '@/app/_ui/format';
import { KIND_NAMES } from '@/app/registry/_shell/names';
import styles from '@/app/registry/_shell/registry.module.css';
import type { ApplicationDetailsFragment } from '@/gql/graphql';

type Certificate = NonNullable<ApplicationDetailsFragment['certificate']>;

/** The application's certificate and «История заявок по сертификату»: every application made on it. */
export function CertificateSection({ certificate, current }: { certificate: Certificate; current: string }) {
  const titleId = `certificate-${certificate.id}`;
  return (
    <section className="page-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>Сертификат № {certificate.number}</h2>
      <dl className={styles.details}>
        <dt>Статус сертификата</dt>
        <dd data-testid="certificate-status">{certificate.statusName}</dd>
        <dt>Муниципалитет</dt>
        <dd>{certificate.municipality.name}</dd>
        <dt>Группа</dt>
        <dd>{certificate.group.name}</dd>
      </dl>
      <h3>История заявок по сертификату</h3>
      <ul className={styles.history}>
        {certificate.applications.map((entry) => (
          <li key={entry.id}>
            {entry.number === current ? (
              <>№ {entry.number} (эта заявка)</>
            ) : (
              <Link href={`/registry/applications/${entry.number}`}>№ {entry.number}</Link>
            )}{' '}
            — {KIND_NAMES[entry.kind]}, {formatRegionDateTime(entry.createdAt)},{' '}
            <span className="tag">{entry.statusName}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
