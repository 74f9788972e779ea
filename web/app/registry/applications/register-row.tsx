import Link from 'next/link';
import { documentNumbers, formatDate } from '@/app/_ui/format';
import { DIRECTION_NAMES } from '@/app/registry/_shell/names';
import styles from '@/app/registry/_shell/registry.module.css';
import type { RegisterRowFragment } from '@/gql/graphql';

/**
 * One application of the register: rendered on the server for the page's first rows, and in the browser for the
 * rows «Показать ещё» brings (register-paging.tsx).
 */
export function RegisterRow({ row }: { row: RegisterRowFragment }) {
  return (
    <tr data-testid="register-row">
      <td data-label="Номер заявки">
        <span>
          {row.number}
          <span className={styles.direction}>{DIRECTION_NAMES[row.direction]}</span>
        </span>
      </td>
      <td data-label="Номер сертификата">{row.certificate?.number ?? '—'}</td>
      <td data-label="Фамилия">{row.child.surname}</td>
      <td data-label="Имя">{row.child.name}</td>
      <td data-label="Отчество">{row.child.patronymic}</td>
      <td data-label="Дата рождения">{formatDate(row.child.birthDate)}</td>
      <td data-label="Тип документа">{row.document?.typeName ?? '—'}</td>
      <td data-label="Серия и номер">{row.document ? documentNumbers(row.document) : '—'}</td>
      <td data-label="Статус">
        <span className="tag">{row.statusName}</span>
      </td>
      <td>
        <Link
          // A row per application: prefetching each would ask the server once per row.
          prefetch={false}
          href={`/registry/applications/${row.number}`}
          aria-label={`Подробнее о заявке № ${row.number}`}
        >
          Подробнее
        </Link>
      </td>
    </tr>
  );
}

/** The register's column headings. */
export function RegisterHead() {
  return (
    <thead>
      <tr>
        <th scope="col">Номер заявки</th>
        <th scope="col">Номер сертификата</th>
        <th scope="col">Фамилия</th>
        <th scope="col">Имя</th>
        <th scope="col">Отчество</th>
        <th scope="col">Дата рождения</th>
        <th scope="col">Тип документа</th>
        <th scope="col">Серия и номер</th>
        <th scope="col">Статус</th>
        <th scope="col">
          <span className={styles.visuallyHidden}>Действия</span>
        </th>
      </tr>
    </thead>
  );
}
