import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Caller, domainError, ErrorCode, Identity, invalidFields, isUuid } from '@pfdo/platform';
import { writeAudit } from '../audit/audit';
import { actsInMunicipality } from '../authorization';
import { CertificatesRuntime } from '../runtime';
import { MunicipalRegulationEntity, MunicipalRegulationExcerptEntity } from './regulation.entity';

/** The excerpt the certificate cabinet's «?» shows: a few paragraphs, not the act itself. */
export const MAX_EXCERPT_LENGTH = 4000;

/**
 * The municipality an operator acts on: a municipal operator his own (a field naming another is refused),
 * the regional operator the one he names. Null when the input names none the caller may act on.
 */
export function regulationMunicipalityOf(identity: Identity, requested: string | null | undefined): string | null {
  const municipalityId = requested?.trim() || identity.municipalityId;
  if (!municipalityId || !isUuid(municipalityId)) return null;
  return actsInMunicipality(identity, municipalityId) ? municipalityId : null;
}

export async function findCurrentRegulation(
  manager: EntityManager,
  municipalityId: string,
): Promise<MunicipalRegulationEntity | null> {
  return manager.getRepository(MunicipalRegulationEntity).findOne({
    where: { municipalityId },
    order: { uploadedAt: 'DESC', id: 'DESC' },
  });
}

/** Stores the file first (a file no row names is harmless), then the version and its audit in one transaction. */
export async function addRegulationVersion(
  runtime: CertificatesRuntime,
  caller: Caller & { identity: Identity },
  municipalityId: string,
  file: { bytes: Buffer; name: string },
): Promise<MunicipalRegulationEntity> {
  const id = randomUUID();
  const storageKey = `regulations/${municipalityId}/${id}`;
  await runtime.storage.put(storageKey, file.bytes);
  return runtime.dataSource.transaction(async (manager) => {
    const version = manager.getRepository(MunicipalRegulationEntity).create({
      id,
      municipalityId,
      storageKey,
      sizeBytes: file.bytes.length,
      originalName: file.name.slice(0, 255),
      uploadedByUserId: caller.identity.userId,
      uploadedByName: caller.identity.fullName,
      uploadedAt: new Date(),
    });
    await manager.getRepository(MunicipalRegulationEntity).insert(version);
    await writeAudit(manager, caller, {
      action: 'REGULATION_UPLOADED',
      subjectId: municipalityId,
      after: { versionId: id, sizeBytes: version.sizeBytes, originalName: version.originalName },
    });
    return version;
  });
}

/**
 * «Выдержка из Положения»: an empty text removes it. Answers the municipality it was set for (the caller's
 * own when the request named none).
 */
export async function setRegulationExcerpt(
  runtime: CertificatesRuntime,
  caller: Caller & { identity: Identity },
  requestedMunicipalityId: string,
  text: string,
): Promise<{ municipalityId: string; excerpt: string | null }> {
  const municipalityId = regulationMunicipalityOf(caller.identity, requestedMunicipalityId);
  if (!municipalityId) {
    throw domainError(ErrorCode.Forbidden, 'Оператор реестра изменяет Положение только своего муниципалитета', {
      field: 'municipalityId',
    });
  }
  const excerpt = text.trim();
  if (excerpt.length > MAX_EXCERPT_LENGTH) {
    throw invalidFields({ excerpt: `Выдержка из Положения: не более ${MAX_EXCERPT_LENGTH} символов` });
  }
  await runtime.dataSource.transaction(async (manager) => {
    const repository = manager.getRepository(MunicipalRegulationExcerptEntity);
    const before = await repository.findOne({ where: { municipalityId }, lock: { mode: 'pessimistic_write' } });
    if ((before?.excerpt ?? '') === excerpt) return;
    if (excerpt) await repository.upsert({ municipalityId, excerpt, updatedAt: new Date() }, ['municipalityId']);
    else await repository.delete({ municipalityId });
    await writeAudit(manager, caller, {
      action: 'REGULATION_EXCERPT_CHANGED',
      subjectId: municipalityId,
      before: { excerpt: before?.excerpt ?? null },
      after: { excerpt: excerpt || null },
    });
  });
  return { municipalityId, excerpt: excerpt || null };
}
