import { Queryable } from '../cabinet/certificate-money';

/** The figures of a certificate's requests and contracts, as the registry's certificate page names them. */
export interface ContractCounts {
  /** «Договоров по ПФ»: live contracts of certified programs (paid by the certificate). */
  fundedContracts: number;
  /** «Число активных договоров». */
  activeContracts: number;
  /** «Число заявок»: requests waiting for the provider. */
  enrollmentRequests: number;
  /** «Число подтвержденных договоров»: confirmed, whatever happened to them since. */
  confirmedContracts: number;
  /** «Число отклоненных договоров». */
  refusedContracts: number;
  /** «Число завершивших действие договоров». */
  endedContracts: number;
  /** «Число бюджетных зачислений»: live contracts of the budget registries (значимые, общеразвивающие). */
  budgetEnrollments: number;
  /** «Число бюджетных заявок»: requests of the budget registries waiting for the provider. */
  budgetRequests: number;
}

export const NO_CONTRACTS: ContractCounts = {
  fundedContracts: 0,
  activeContracts: 0,
  enrollmentRequests: 0,
  confirmedContracts: 0,
  refusedContracts: 0,
  endedContracts: 0,
  budgetEnrollments: 0,
  budgetRequests: 0,
};

/** The counts of each certificate: one statement. */
export async function findContractCounts(
  queryable: Queryable,
  certificateIds: readonly string[],
): Promise<Map<string, ContractCounts>> {
  const rows: Array<ContractCounts & { certificateId: string }> = await queryable.query(
    `SELECT certificate_id AS "certificateId",
            count(*) FILTER (WHERE registry = 'CERTIFIED' AND status IN ('CONFIRMED', 'ACTIVE'))::int AS "fundedContracts",
            count(*) FILTER (WHERE status = 'ACTIVE')::int AS "activeContracts",
            count(*) FILTER (WHERE status = 'PENDING')::int AS "enrollmentRequests",
            count(*) FILTER (WHERE confirmed_at IS NOT NULL)::int AS "confirmedContracts",
            count(*) FILTER (WHERE status = 'REFUSED')::int AS "refusedContracts",
            count(*) FILTER (WHERE status = 'ENDED')::int AS "endedContracts",
            count(*) FILTER (WHERE registry IN ('SIGNIFICANT', 'GENERAL') AND status IN ('CONFIRMED', 'ACTIVE'))::int
              AS "budgetEnrollments",
            count(*) FILTER (WHERE registry IN ('SIGNIFICANT', 'GENERAL') AND status = 'PENDING')::int AS "budgetRequests"
       FROM navigator.contracts WHERE certificate_id = ANY($1::uuid[]) GROUP BY certificate_id`,
    [certificateIds],
  );
  return new Map(rows.map(({ certificateId, ...counts }) => [certificateId, counts]));
}
