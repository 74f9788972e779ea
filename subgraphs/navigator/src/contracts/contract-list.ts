import { invalidFields, isUuid } from '@pfdo/platform';
import { NavigatorContext } from '../context';
import { CONTRACT_COLUMNS, CONTRACT_FROM, contractOf, findContractRow } from './contract-rows';
import { ContractTab, TAB_STATUSES } from './contract-state';
import { Contract, ContractRow } from './contract.type';

export const CONTRACTS_PAGE = 50;
export const MAX_CONTRACTS_PAGE = 100;

/**
 * A tab of «ДОГОВОРЫ», newest request first: the holder's own certificate's, or the provider's own
 * organization's — the scope comes from the caller, never from an argument. One statement; the programs and
 * groups of the rows are loaded by batch.
 */
export async function listContracts(context: NavigatorContext, tab: ContractTab, first: number): Promise<Contract[]> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_CONTRACTS_PAGE) {
    throw invalidFields({ first: `На странице от 1 до ${MAX_CONTRACTS_PAGE} заявок` });
  }
  const identity = context.identity!;
  const byHolder = identity.role === 'CERTIFICATE_HOLDER';
  const owner = byHolder ? identity.userId : identity.organizationId;
  if (!owner) return [];
  const rows: ContractRow[] = await context.dataSource.query(
    `SELECT ${CONTRACT_COLUMNS} FROM ${CONTRACT_FROM}
      WHERE ${byHolder ? 'c.certificate_id' : 'c.organization_id'} = $1 AND c.status = ANY($2::text[])
      ORDER BY c.requested_at DESC, c.id LIMIT $3`,
    [owner, TAB_STATUSES[tab], first],
  );
  return rows.map((row) => contractOf(row, identity));
}

/** The contract card: the caller's own only (null for anyone else's, as for an unknown id). */
export async function findOwnContract(context: NavigatorContext, id: string): Promise<Contract | null> {
  const identity = context.identity!;
  const row = isUuid(id) ? await findContractRow(context.dataSource, id) : null;
  if (!row) return null;
  const own =
    (identity.role === 'CERTIFICATE_HOLDER' && row.certificate_id === identity.userId) ||
    ((identity.role === 'PROVIDER' || identity.role === 'PARTNER') &&
      !!identity.organizationId &&
      row.organization_id === identity.organizationId);
  return own ? contractOf(row, identity) : null;
}
