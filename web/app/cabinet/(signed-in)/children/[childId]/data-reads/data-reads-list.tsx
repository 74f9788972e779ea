import Link from 'next/link';
import { roleNames } from '@/app/_auth/role-names';
import { formatRegionDateTime } from '@/app/_ui/format';
import type { PersonalDataPart, Role } from '@/gql/graphql';

/** How each part of the child's data is named to the family. */
const PART_NAMES: Record<PersonalDataPart, string> = {
  CHILD_NAME: 'ФИО ребёнка',
  CHILD_BIRTH_DATE: 'дата рождения',
  DOCUMENT_SERIES_NUMBER: 'серия и номер документа',
  DOCUMENT_ISSUE: 'дата и место выдачи документа',
  APPLICANT_NAME: 'ФИО заявителя',
  APPLICANT_EMAIL: 'электронная почта заявителя',
  APPLICATION_FORM: 'заявление целиком (PDF)',
};

export interface DataRead {
  readAt: string;
  reader: { role: string; organization: { id: string; name: string } | null };
  parts: PersonalDataPart[];
  applicationNumbers: string[];
}

/**
 * «Кто просматривал данные»: one entry per reading, newest first — when, who (the organization and its role, never
 * the employee's name), what, and the application it concerned. A list rather than a table, so that a parent's
 * phone shows each reading whole.
 */
export function DataReadsList({ reads, nextHref }: { reads: DataRead[]; nextHref: string | null }) {
  if (reads.length === 0) {
    return <p>Пока никто из сотрудников организаций и операторов реестра не просматривал данные ребёнка.</p>;
  }
  return (
    <>
      <ol className="plain-list" aria-label="Обращения к данным ребёнка, новые сначала">
        {reads.map((read, index) => (
          <li key={`${read.readAt}-${index}`} className="page-panel">
            <h2>{formatRegionDateTime(read.readAt)}</h2>
            <ul className="facts">
              <li>
                <span className="label">Кто:</span> {read.reader.organization?.name ?? 'служба реестра'} (
                {roleNames[read.reader.role as Role] ?? read.reader.role})
              </li>
              <li>
                <span className="label">Что просматривали:</span>{' '}
                {read.parts.map((part) => PART_NAMES[part]).join(', ')}
              </li>
              <li>
                <span className="label">По какой заявке:</span>{' '}
                {read.applicationNumbers.length
                  ? read.applicationNumbers.map((number) => `№ ${number}`).join(', ')
                  : 'карточка ребёнка'}
              </li>
            </ul>
          </li>
        ))}
      </ol>
      {nextHref && (
        <p>
          <Link href={nextHref} prefetch={false}>
            Более ранние обращения
          </Link>
        </p>
      )}
    </>
  );
}
