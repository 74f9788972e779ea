import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Caller, domainError, ErrorCode, forbidden, Identity, isUuid } from '@pfdo/platform';
import { writeAudit } from '../audit/audit';
import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import {
  ApiKeyValues,
  checkApiKey,
  checkOverlapDays,
  DEFAULT_OVERLAP_DAYS,
  municipalityOfKey,
  organizationKindOfKey,
} from './api-key-checks';
import { ApiKeySecrets } from './api-key-secret';
import { mayRevoke, mayRotate } from './api-key-state';
import { ApiKeyEntity } from './api-key.entity';

/** Another municipality's key, or none: the same answer, so that ids of others tell nothing. */
export const apiKeyNotFound = () => domainError(ErrorCode.NotFound, 'Ключ не найден');

const notActive = () =>
  domainError(ErrorCode.ApiKeyNotActive, 'Ключ уже отозван, заменён или истёк: действие невозможно');

/** What a key looks like in the audit log: never its hash. */
function snapshot(key: ApiKeyEntity): Record<string, unknown> {
  return {
    name: key.name,
    partnerName: key.partnerName,
    scopes: key.scopes,
    municipalityId: key.municipalityId,
    organizationId: key.organizationId,
    registeredOnly: key.registeredOnly,
    prefix: key.prefix,
    requestsPerMinute: key.requestsPerMinute,
    costPerMinute: key.costPerMinute,
    expiresAt: key.expiresAt.toISOString(),
    revokedAt: key.revokedAt?.toISOString() ?? null,
    replacedBy: key.replacedBy,
  };
}

/** The keys an operator keeps: the regional operator every key, a municipal operator his municipality's. */
export function apiKeyScopeOf(identity: Identity | null): { municipalityId: string | null } {
  if (identity?.role === 'MUNICIPAL_OPERATOR' && identity.municipalityId) {
    return { municipalityId: identity.municipalityId };
  }
  if (identity?.role === 'REGIONAL_OPERATOR') return { municipalityId: null };
  throw forbidden();
}

/**
 * «Ключи API»: issue, revoke and rotate partners' keys, each checked against the operator's scope before
 * anything is written and audited in the transaction of the change. The key itself leaves only in the answer
 * of the mutation that made it.
 */
export class ApiKeyService {
  private readonly scope: { municipalityId: string | null };
  private readonly identity: Identity;

  constructor(
    private readonly dataSource: DataSource,
    private readonly caller: Caller,
    private readonly secrets: ApiKeySecrets,
  ) {
    this.scope = apiKeyScopeOf(caller.identity);
    this.identity = caller.identity!;
  }

  async issue(values: ApiKeyValues, now = new Date()): Promise<{ key: ApiKeyEntity; secret: string }> {
    const checked = checkApiKey(values, now);
    const municipalityId = municipalityOfKey(this.identity, checked.scopes, values.municipalityId);
    if (municipalityId !== null && !(await this.municipalityExists(municipalityId))) {
      throw domainError(ErrorCode.ApiKeyMunicipalityRequired, 'Выберите муниципалитет', { field: 'municipalityId' });
    }
    const organizationId = await this.organizationOfKey(checked.scopes, municipalityId, values.organizationId);
    const generated = this.secrets.generate();
    const key: ApiKeyEntity = {
      id: randomUUID(),
      ...checked,
      municipalityId,
      organizationId,
      registeredOnly: false,
      prefix: generated.prefix,
      secretHash: generated.hash,
      createdBy: this.identity.userId,
      createdByName: this.identity.fullName,
      createdAt: now,
      revokedAt: null,
      replacedBy: null,
    };
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(ApiKeyEntity, key);
      await writeAudit(manager, this.caller, { action: 'API_KEY_ISSUED', subjectId: key.id, after: snapshot(key) });
    });
    return { key, secret: generated.key };
  }

  /** «Отозвать»: refused from the next request on, on every gateway (the row's trigger tells them). */
  async revoke(id: string, now = new Date()): Promise<ApiKeyEntity> {
    return this.dataSource.transaction(async (manager) => {
      const key = await this.lockKey(manager, id);
      if (!mayRevoke(key, now)) throw notActive();
      const revoked: ApiKeyEntity = { ...key, revokedAt: now };
      await manager.update(ApiKeyEntity, { id }, { revokedAt: now });
      await writeAudit(manager, this.caller, {
        action: 'API_KEY_REVOKED',
        subjectId: id,
        before: snapshot(key),
        after: snapshot(revoked),
      });
      return revoked;
    });
  }

  /**
   * «Заменить ключ»: a new key with the same rights and expiry; the old one keeps working for `overlapDays`
   * (default 7, 0: it stops at once), so the partner can switch without a gap.
   */
  async rotate(
    id: string,
    overlapDays: number = DEFAULT_OVERLAP_DAYS,
    now = new Date(),
  ): Promise<{ key: ApiKeyEntity; secret: string }> {
    checkOverlapDays(overlapDays);
    const generated = this.secrets.generate();
    return this.dataSource.transaction(async (manager) => {
      const old = await this.lockKey(manager, id);
      if (!mayRotate(old, now)) throw notActive();
      const key: ApiKeyEntity = {
        ...old,
        id: randomUUID(),
        prefix: generated.prefix,
        secretHash: generated.hash,
        createdBy: this.identity.userId,
        createdByName: this.identity.fullName,
        createdAt: now,
        revokedAt: null,
        replacedBy: null,
      };
      const overlapEnd = new Date(Math.min(old.expiresAt.getTime(), now.getTime() + overlapDays * 86_400_000));
      const replaced: ApiKeyEntity = { ...old, expiresAt: overlapEnd, replacedBy: key.id };
      await manager.insert(ApiKeyEntity, key);
      await manager.update(ApiKeyEntity, { id }, { expiresAt: overlapEnd, replacedBy: key.id });
      // The new key runs the same registered operations as the old one.
      await manager.query(
        `INSERT INTO organizations.api_key_operations (key_id, sha256, name, document, created_by, created_by_name, created_at)
         SELECT $2, sha256, name, document, created_by, created_by_name, created_at
           FROM organizations.api_key_operations WHERE key_id = $1`,
        [id, key.id],
      );
      await writeAudit(manager, this.caller, { action: 'API_KEY_ISSUED', subjectId: key.id, after: snapshot(key) });
      await writeAudit(manager, this.caller, {
        action: 'API_KEY_ROTATED',
        subjectId: id,
        before: snapshot(old),
        after: snapshot(replaced),
      });
      return { key, secret: generated.key };
    });
  }

  /** The key, if the operator keeps it; NOT_FOUND otherwise (no lock: for reading). */
  async find(id: string): Promise<ApiKeyEntity | null> {
    if (!isUuid(id)) return null;
    const key = await this.dataSource.getRepository(ApiKeyEntity).findOneBy({ id });
    return key && this.inScope(key) ? key : null;
  }

  private inScope(key: ApiKeyEntity): boolean {
    return this.scope.municipalityId === null || key.municipalityId === this.scope.municipalityId;
  }

  /** The key, locked for a change in the transaction, if the operator keeps it; NOT_FOUND otherwise. */
  async lockKey(manager: EntityManager, id: string): Promise<ApiKeyEntity> {
    if (!isUuid(id)) throw apiKeyNotFound();
    const key = await manager.findOne(ApiKeyEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!key || !this.inScope(key)) throw apiKeyNotFound();
    return key;
  }

  /**
   * The organization a key with `applications:*` (a reception organization of the key's municipality) or
   * `contracts:read` (a provider; of the operator's municipality for a municipal operator) acts for; none for
   * other scopes.
   */
  private async organizationOfKey(
    scopes: ApiKeyEntity['scopes'],
    municipalityId: string | null,
    chosen: string | null | undefined,
  ): Promise<string | null> {
    const kind = organizationKindOfKey(scopes);
    if (!kind) return null;
    const organization =
      chosen && isUuid(chosen)
        ? await this.dataSource.getRepository(OrganizationEntity).findOneBy({ id: chosen })
        : null;
    const inMunicipality =
      kind === 'RECEPTION'
        ? organization?.municipalityId === municipalityId
        : this.scope.municipalityId === null || organization?.municipalityId === this.scope.municipalityId;
    if (!organization || organization.kind !== kind || !inMunicipality) {
      throw domainError(
        ErrorCode.ApiKeyOrganizationRequired,
        kind === 'RECEPTION'
          ? 'Для прав на заявки выберите организацию по приёму заявлений этого муниципалитета'
          : 'Для права на договоры выберите поставщика образовательных услуг',
        { field: 'organizationId' },
      );
    }
    return organization.id;
  }

  private municipalityExists(id: string): Promise<boolean> {
    return isUuid(id) ? this.dataSource.getRepository(MunicipalityEntity).existsBy({ id }) : Promise.resolve(false);
  }
}
