import { EntityManager } from 'typeorm';
import { ChildEntity } from '../children/child.entity';

export interface LiveCertificate {
  number: string;
  municipalityId: string;
}

/**
 * A live certificate anywhere in the region for the same child (docs/domain.md §6.1): the same child record,
 * a document of the same type, series and number (as normalized), or the same full name and birth date.
 */
export async function findLiveCertificateOfSameChild(
  manager: EntityManager,
  child: Pick<ChildEntity, 'id' | 'surname' | 'name' | 'patronymic' | 'birthDate'>,
): Promise<LiveCertificate | null> {
  const rows: LiveCertificate[] = await manager.query(
    `WITH same_child AS (
        SELECT $1::uuid AS id
        UNION
        SELECT other.child_id FROM certificates.child_documents own
          JOIN certificates.child_documents other
            ON other.type = own.type AND other.series = own.series AND other.number = own.number
         WHERE own.child_id = $1
        UNION
        SELECT id FROM certificates.children
         WHERE lower(surname) = lower($2) AND lower(name) = lower($3) AND lower(patronymic) = lower($4)
           AND birth_date = $5::date
      )
      SELECT certificate.number, certificate.municipality_id AS "municipalityId"
        FROM certificates.certificates certificate
       WHERE certificate.child_id IN (SELECT id FROM same_child)
         AND certificate.status IN ('NOT_ACTIVATED', 'ACTIVATED')
       ORDER BY certificate.created_at
       LIMIT 1`,
    [child.id, child.surname, child.name, child.patronymic, child.birthDate],
  );
  return rows[0] ?? null;
}
