import Link from 'next/link';
import styles from './services.module.css';

/** The services of the cabinet; of the seed's menu, this system provides «Дополнительное образование». */
export function ServiceList() {
  return (
    <ul className={styles.services}>
      <li>
        <Link href="/cabinet/services/additional-education" className={styles.service}>
          <span className={styles.serviceName}>Дополнительное образование</span>
          <span className={styles.serviceSummary}>
            Подача заявления на выпуск сертификата персонифицированного дополнительного образования
          </span>
        </Link>
      </li>
    </ul>
  );
}
