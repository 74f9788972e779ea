import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Caller, domainError, ErrorCode, isUuid } from '@pfdo/platform';
import { PortfolioSnapshot, writeAudit } from '../audit/audit';
import { requireRegisteredCopy } from '../certificates/registered-copy';
import { NavigatorContext } from '../context';
import {
  checkedPortfolioItem,
  CheckedPortfolioItem,
  PORTFOLIO_SELECT,
  portfolioItemOf,
  PortfolioRow,
} from './portfolio-rows';
import { PortfolioItem, PortfolioItemInput } from './portfolio.type';

/** Contracts that make a provider the child's: confirmed, running or ended (not a mere request, nor refused). */
const CONTRACT_STATUSES = ['CONFIRMED', 'ACTIVE', 'ENDED'];

const itemNotFound = () => domainError(ErrorCode.NotFound, 'Запись портфолио не найдена');

/** The region's calendar day (Kemerovo, UTC+7): an achievement cannot be dated after it. */
const regionToday = (now: Date) => new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

/** The holder's «ПОРТФОЛИО»: every item of his certificate, latest first; he deletes those his family added. */
export async function myPortfolio(context: NavigatorContext): Promise<PortfolioItem[]> {
  const rows: PortfolioRow[] = await context.dataSource.query(
    `${PORTFOLIO_SELECT} WHERE i.certificate_id = $1 ORDER BY i.achieved_on DESC, i.created_at DESC LIMIT 500`,
    [context.identity!.userId],
  );
  return rows.map((row) => portfolioItemOf(row, row.added_by_organization_id === null));
}

/** A provider sees only the items it added (of one certificate, or all), latest first. */
export async function providerPortfolio(
  context: NavigatorContext,
  certificateNumber: string | null,
): Promise<PortfolioItem[]> {
  const rows: PortfolioRow[] = await context.dataSource.query(
    `${PORTFOLIO_SELECT} WHERE i.added_by_organization_id = $1 AND ($2::text IS NULL OR c.number = $2)
      ORDER BY i.achieved_on DESC, i.created_at DESC LIMIT 500`,
    [context.identity!.organizationId, certificateNumber?.trim() || null],
  );
  return rows.map((row) => portfolioItemOf(row, true));
}

const snapshotOf = (certificateId: string, item: CheckedPortfolioItem, organizationId: string | null) => ({
  certificateId,
  title: item.title,
  kind: item.kind,
  achievedOn: item.achievedOn,
  eventOrProgram: item.eventOrProgram,
  addedByOrganizationId: organizationId,
  fileId: item.fileId,
});

/** Inserts the item with its file (uploaded by this same account and not attached yet), audited. */
async function insertItem(
  manager: EntityManager,
  caller: Caller,
  certificateId: string,
  organizationId: string | null,
  item: CheckedPortfolioItem,
  now: Date,
): Promise<PortfolioItem> {
  if (item.fileId !== null) {
    const [file]: unknown[] = await manager.query(
      `SELECT 1 FROM navigator.portfolio_files f WHERE f.id = $1 AND f.uploaded_by = $2
          AND NOT EXISTS (SELECT 1 FROM navigator.portfolio_items i WHERE i.file_id = f.id)
        FOR UPDATE`,
      [item.fileId, caller.identity!.userId],
    );
    if (!file) throw domainError(ErrorCode.NotFound, 'Файл не найден: загрузите его ещё раз', { field: 'fileId' });
  }
  const id = randomUUID();
  await manager.query(
    `INSERT INTO navigator.portfolio_items (id, certificate_id, title, kind, achieved_on, event_or_program,
       added_by_organization_id, created_by, created_at, file_id, file_name)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      id,
      certificateId,
      item.title,
      item.kind,
      item.achievedOn,
      item.eventOrProgram,
      organizationId,
      caller.identity!.userId,
      now,
      item.fileId,
      item.fileName,
    ],
  );
  const after: PortfolioSnapshot = snapshotOf(certificateId, item, organizationId);
  await writeAudit(manager, caller, { action: 'PORTFOLIO_ITEM_ADDED', subjectId: id, after });
  const [row]: PortfolioRow[] = await manager.query(`${PORTFOLIO_SELECT} WHERE i.id = $1`, [id]);
  return portfolioItemOf(row, true);
}

/** «Добавить достижение» (the family, from the holder's cabinet). */
export async function addPortfolioItem(context: NavigatorContext, input: PortfolioItemInput): Promise<PortfolioItem> {
  const now = context.now();
  const item = checkedPortfolioItem(input, regionToday(now));
  const certificateId = context.identity!.userId;
  return context.dataSource.transaction(async (manager) => {
    await requireRegisteredCopy(manager, certificateId, 'портфолио пока недоступно');
    return insertItem(manager, context.caller, certificateId, null, item, now);
  });
}

/**
 * A provider adds an achievement for a child who has (or had) a contract at it: found by the certificate's
 * number; any other certificate is «not found», so that numbers cannot be probed.
 */
export async function addPortfolioItemForCertificate(
  context: NavigatorContext,
  certificateNumber: string,
  input: PortfolioItemInput,
): Promise<PortfolioItem> {
  const now = context.now();
  const item = checkedPortfolioItem(input, regionToday(now));
  const organizationId = context.identity!.organizationId!;
  return context.dataSource.transaction(async (manager) => {
    const [certificate]: Array<{ certificate_id: string }> = await manager.query(
      `SELECT c.certificate_id FROM navigator.registered_certificates c
        WHERE c.number = $1 AND EXISTS (SELECT 1 FROM navigator.contracts k
          WHERE k.certificate_id = c.certificate_id AND k.organization_id = $2 AND k.status = ANY($3::text[]))`,
      [certificateNumber.trim(), organizationId, CONTRACT_STATUSES],
    );
    if (!certificate) {
      throw domainError(
        ErrorCode.NotFound,
        'Сертификат с таким номером не найден среди сертификатов с договорами вашей организации',
        { field: 'certificateNumber' },
      );
    }
    return insertItem(manager, context.caller, certificate.certificate_id, organizationId, item, now);
  });
}

/**
 * «Удалить»: the holder deletes what his family added, a provider what it added; the file goes with the item.
 * Anything else is «not found».
 */
export async function deletePortfolioItem(context: NavigatorContext, id: string): Promise<boolean> {
  if (!isUuid(id)) throw itemNotFound();
  const identity = context.identity!;
  return context.dataSource.transaction(async (manager) => {
    const [row]: Array<PortfolioRow & { file_id: string | null }> = await manager.query(
      `SELECT id, certificate_id, title, kind, to_char(achieved_on, 'YYYY-MM-DD') AS achieved_on, event_or_program,
          added_by_organization_id, file_id, file_name
         FROM navigator.portfolio_items WHERE id = $1 FOR UPDATE`,
      [id],
    );
    const own =
      !!row &&
      ((identity.role === 'CERTIFICATE_HOLDER' &&
        row.certificate_id === identity.userId &&
        row.added_by_organization_id === null) ||
        (identity.role === 'PROVIDER' &&
          !!identity.organizationId &&
          row.added_by_organization_id === identity.organizationId));
    if (!own) throw itemNotFound();
    await manager.query(`DELETE FROM navigator.portfolio_items WHERE id = $1`, [id]);
    if (row.file_id) await manager.query(`DELETE FROM navigator.portfolio_files WHERE id = $1`, [row.file_id]);
    await writeAudit(manager, context.caller, {
      action: 'PORTFOLIO_ITEM_DELETED',
      subjectId: id,
      before: {
        certificateId: row.certificate_id,
        title: row.title,
        kind: row.kind,
        achievedOn: row.achieved_on,
        eventOrProgram: row.event_or_program,
        addedByOrganizationId: row.added_by_organization_id,
        fileId: row.file_id,
      },
    });
    return true;
  });
}
