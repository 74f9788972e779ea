import { Queryable } from '../cabinet/certificate-money';
import { ScheduleSlotRow } from '../catalogue/catalogue.types';
import { ContractStatus } from '../contracts/contract-state';
import { Enrollment } from './lessons';

/** Seed 002, «РАСПИСАНИЕ»: the programs the child «записан или уже обучается» on: confirmed and active contracts. */
export const SCHEDULED_STATUSES: readonly ContractStatus[] = [ContractStatus.CONFIRMED, ContractStatus.ACTIVE];

interface EnrollmentRow {
  contract_id: string;
  program_id: string;
  program_title: string;
  group_name: string;
  starts_on: string;
  ends_on: string;
  schedule: ScheduleSlotRow[];
  place_name: string | null;
  address: string | null;
}

/**
 * The certificate's contracts whose term meets `from`–`to` (all of them without), each with its program, group
 * and place of study: one statement, whatever the number of contracts.
 */
export async function findEnrollments(
  queryable: Queryable,
  certificateId: string,
  period?: { from: string; to: string },
): Promise<Enrollment[]> {
  const rows: EnrollmentRow[] = await queryable.query(
    `SELECT c.id AS contract_id, c.program_id, p.title AS program_title, g.name AS group_name,
            to_char(c.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(c.ends_on, 'YYYY-MM-DD') AS ends_on, g.schedule,
            NULLIF(pl.name, '') AS place_name, pl.address
       FROM navigator.contracts c
       JOIN navigator.program_groups g ON g.id = c.group_id
       JOIN navigator.programs p ON p.id = c.program_id
       LEFT JOIN navigator.places_of_study pl ON pl.id = g.place_id
      WHERE c.certificate_id = $1 AND c.status = ANY($2::text[])
        AND ($3::date IS NULL OR c.ends_on >= $3::date) AND ($4::date IS NULL OR c.starts_on <= $4::date)
      ORDER BY c.starts_on, c.id`,
    [certificateId, SCHEDULED_STATUSES, period?.from ?? null, period?.to ?? null],
  );
  return rows.map((row) => ({
    contractId: row.contract_id,
    programId: row.program_id,
    programTitle: row.program_title,
    groupName: row.group_name,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    schedule: row.schedule,
    placeName: row.place_name,
    address: row.address,
  }));
}
