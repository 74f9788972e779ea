import { createHash } from 'node:crypto';
import { Kind, parse } from 'graphql';
import { DataSource } from 'typeorm';
import { Caller, domainError, ErrorCode, invalidFields } from '@pfdo/platform';
import { writeAudit } from '../audit/audit';
import { ApiKeyOperationEntity } from './api-key-operation.entity';
import { ApiKeyEntity } from './api-key.entity';
import { ApiKeyService } from './api-key.service';

/** A registered document's text at most (the gateway takes 256 KB bodies; a partner's operation is far less). */
export const MAX_OPERATION_LENGTH = 20_000;
/** Operations one key may have registered: what a partner's system runs, with room to spare. */
export const MAX_OPERATIONS_PER_KEY = 200;

/** The hex SHA-256 of the exact text, as `extensions.persistedQuery.sha256Hash` names it. */
export const sha256Of = (document: string) => createHash('sha256').update(document, 'utf8').digest('hex');

/** One GraphQL operation (fragments allowed), its text within the length: what the gateway may run for the key. */
export function checkOperationDocument(document: string): void {
  const invalid = (message: string) => domainError(ErrorCode.InvalidOperationDocument, message, { field: 'document' });
  if (!document.trim()) throw invalid('Вставьте текст операции GraphQL');
  if (document.length > MAX_OPERATION_LENGTH) throw invalid(`Текст операции длиннее ${MAX_OPERATION_LENGTH} знаков`);
  let operations: number;
  try {
    operations = parse(document).definitions.filter((node) => node.kind === Kind.OPERATION_DEFINITION).length;
  } catch (error) {
    throw invalid(`Текст не разбирается как GraphQL: ${(error as Error).message}`);
  }
  if (operations !== 1) throw invalid('Документ должен содержать ровно одну операцию');
}

/**
 * Registered operations (trusted documents) of a key, kept by the operator who keeps the key: «Только
 * зарегистрированные операции», register, remove. Each change is checked against his scope (lockKey) and
 * audited in its transaction.
 */
export class ApiKeyOperations {
  constructor(
    private readonly dataSource: DataSource,
    private readonly caller: Caller,
    private readonly keys: ApiKeyService,
  ) {}

  async setRegisteredOnly(keyId: string, registeredOnly: boolean) {
    return this.dataSource.transaction(async (manager) => {
      const key = await this.keys.lockKey(manager, keyId);
      if (key.registeredOnly !== registeredOnly) {
        await manager.update(ApiKeyEntity, { id: key.id }, { registeredOnly });
        await writeAudit(manager, this.caller, {
          action: 'API_KEY_REGISTERED_ONLY_SET',
          subjectId: key.id,
          before: { registeredOnly: key.registeredOnly },
          after: { registeredOnly },
        });
      }
      return { ...key, registeredOnly };
    });
  }

  async register(keyId: string, name: string, document: string, now = new Date()): Promise<ApiKeyOperationEntity> {
    const trimmedName = name.trim();
    if (!trimmedName || trimmedName.length > 200)
      throw invalidFields({ name: 'Укажите название операции (до 200 знаков)' });
    checkOperationDocument(document);
    const operation: ApiKeyOperationEntity = {
      keyId,
      sha256: sha256Of(document),
      name: trimmedName,
      document,
      createdBy: this.caller.identity!.userId,
      createdByName: this.caller.identity!.fullName,
      createdAt: now,
    };
    return this.dataSource.transaction(async (manager) => {
      const key = await this.keys.lockKey(manager, keyId);
      const existing = await manager.findOneBy(ApiKeyOperationEntity, { keyId: key.id, sha256: operation.sha256 });
      if (existing) return existing;
      if ((await manager.countBy(ApiKeyOperationEntity, { keyId: key.id })) >= MAX_OPERATIONS_PER_KEY) {
        throw invalidFields({ document: `У ключа не больше ${MAX_OPERATIONS_PER_KEY} операций` });
      }
      await manager.insert(ApiKeyOperationEntity, operation);
      await writeAudit(manager, this.caller, {
        action: 'API_KEY_OPERATION_REGISTERED',
        subjectId: key.id,
        after: { sha256: operation.sha256, name: operation.name },
      });
      return operation;
    });
  }

  /** Removed at once: the gateway looks every registered operation up per request. */
  async remove(keyId: string, sha256: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const key = await this.keys.lockKey(manager, keyId);
      const existing = await manager.findOneBy(ApiKeyOperationEntity, { keyId: key.id, sha256 });
      if (!existing) return false;
      await manager.delete(ApiKeyOperationEntity, { keyId: key.id, sha256 });
      await writeAudit(manager, this.caller, {
        action: 'API_KEY_OPERATION_REMOVED',
        subjectId: key.id,
        before: { sha256, name: existing.name },
      });
      return true;
    });
  }
}
