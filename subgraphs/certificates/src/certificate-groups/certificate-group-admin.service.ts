import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { domainError, ErrorCode, Identity, invalidFields, isUuid } from '@pfdo/platform';
import { writeAudit } from '../audit/audit';
import { assertActsInMunicipality, actsInMunicipality } from '../authorization';
import { CertificatesContext } from '../context';
import { CertificateGroupEntity } from './certificate-group.entity';
import { fetchNavigatorGroupSettings } from './navigator-group-settings';

/** «Описание группы сертификатов»: a few paragraphs, what an operator writes for parents and colleagues. */
export const DESCRIPTION_MAX_LENGTH = 2000;

const groupNotFound = () => domainError(ErrorCode.NotFound, 'Группа сертификатов не найдена', { field: 'groupId' });

/** What the audit log keeps of a group, before and after a change. */
function snapshot(group: CertificateGroupEntity) {
  return {
    name: group.name,
    municipalityId: group.municipalityId,
    description: group.description,
    blocked: group.blocked,
    navigatorSettingId: group.navigatorSettingId,
  };
}

/** The group, locked for this transaction, if the caller works in its municipality; otherwise not found. */
export async function lockGroupInScope(manager: EntityManager, identity: Identity, groupId: string) {
  if (!isUuid(groupId)) throw groupNotFound();
  const group = await manager.findOne(CertificateGroupEntity, {
    where: { id: groupId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!group || !actsInMunicipality(identity, group.municipalityId)) throw groupNotFound();
  return group;
}

function assertMunicipalityId(identity: Identity, municipalityId: string) {
  if (!isUuid(municipalityId)) throw invalidFields({ municipalityId: 'Выберите муниципалитет' });
  assertActsInMunicipality(identity, municipalityId);
}

/** «Импорт из PFDO»: the navigator's settings of the municipality, each saying whether it is imported already. */
export async function navigatorGroupSettings(context: CertificatesContext, municipalityId: string) {
  assertMunicipalityId(context.identity!, municipalityId);
  const settings = await fetchNavigatorGroupSettings(context.runtime.config, municipalityId);
  const imported: Array<{ navigator_setting_id: string }> = await context.dataSource.query(
    `SELECT navigator_setting_id FROM certificates.certificate_groups
      WHERE municipality_id = $1 AND navigator_setting_id IS NOT NULL`,
    [municipalityId],
  );
  const importedIds = new Set(imported.map((row) => row.navigator_setting_id));
  return settings.map((setting) => ({ ...setting, imported: importedIds.has(setting.id) }));
}

/**
 * «Импорт из PFDO»: the ticked settings become the municipality's groups, each keeping a reference to its
 * setting. The settings are fetched before the transaction; a setting imported already is refused by name.
 */
export async function importCertificateGroups(
  context: CertificatesContext,
  municipalityId: string,
  settingIds: string[],
) {
  const identity = context.identity!;
  assertMunicipalityId(identity, municipalityId);
  const wanted = [...new Set(settingIds)];
  if (wanted.length === 0) throw invalidFields({ settingIds: 'Отметьте группы для импорта' });
  const settings = await fetchNavigatorGroupSettings(context.runtime.config, municipalityId);
  const chosen = wanted.map((id) => settings.find((setting) => setting.id === id));
  if (chosen.some((setting) => !setting)) {
    throw invalidFields({ settingIds: 'Такой группы нет в настройках ПФДО муниципалитета: обновите страницу' });
  }
  return context.dataSource.transaction(async (manager) => {
    const existing: Array<{ name: string }> = await manager.query(
      `SELECT name FROM certificates.certificate_groups WHERE navigator_setting_id = ANY($1::uuid[]) ORDER BY name`,
      [wanted],
    );
    if (existing.length > 0) {
      throw domainError(
        ErrorCode.GroupAlreadyImported,
        `Группа уже импортирована: ${existing.map((row) => `«${row.name}»`).join(', ')}`,
        { field: 'settingIds' },
      );
    }
    const groups: CertificateGroupEntity[] = [];
    for (const setting of chosen) {
      const group = manager.create(CertificateGroupEntity, {
        id: randomUUID(),
        municipalityId,
        name: setting!.name,
        minAge: setting!.minAge,
        maxAge: setting!.maxAge,
        blocked: false,
        description: '',
        navigatorSettingId: setting!.id,
        nominalKopecks: String(setting!.nominalKopecks),
        municipalityLimitKopecks: String(setting!.municipalityLimitKopecks),
        budgetPrograms: setting!.budgetPrograms,
      });
      await manager.insert(CertificateGroupEntity, group);
      await writeAudit(manager, context.caller, {
        action: 'CERTIFICATE_GROUP_IMPORTED',
        subjectId: group.id,
        after: {
          ...snapshot(group),
          nominalKopecks: setting!.nominalKopecks,
          minAge: group.minAge,
          maxAge: group.maxAge,
        },
      });
      groups.push(group);
    }
    return groups;
  });
}

/** Edits the description, blocks or unblocks: one locked group, the change and its audit in one transaction. */
async function changeGroup(
  context: CertificatesContext,
  groupId: string,
  action: 'CERTIFICATE_GROUP_EDITED' | 'CERTIFICATE_GROUP_BLOCKED' | 'CERTIFICATE_GROUP_UNBLOCKED',
  change: Partial<Pick<CertificateGroupEntity, 'description' | 'blocked'>>,
) {
  return context.dataSource.transaction(async (manager) => {
    const group = await lockGroupInScope(manager, context.identity!, groupId);
    const before = snapshot(group);
    Object.assign(group, change);
    await manager.update(CertificateGroupEntity, { id: group.id }, change);
    await writeAudit(manager, context.caller, { action, subjectId: group.id, before, after: snapshot(group) });
    return group;
  });
}

export function editCertificateGroup(context: CertificatesContext, groupId: string, description: string) {
  const text = description.trim();
  if (text.length > DESCRIPTION_MAX_LENGTH) {
    throw invalidFields({ description: `Описание — не больше ${DESCRIPTION_MAX_LENGTH} символов` });
  }
  return changeGroup(context, groupId, 'CERTIFICATE_GROUP_EDITED', { description: text });
}

/** «Заблокировать»: no new certificate in the group (`eligibleGroups` leaves it out); existing ones stay. */
export function blockCertificateGroup(context: CertificatesContext, groupId: string) {
  return changeGroup(context, groupId, 'CERTIFICATE_GROUP_BLOCKED', { blocked: true });
}

export function unblockCertificateGroup(context: CertificatesContext, groupId: string) {
  return changeGroup(context, groupId, 'CERTIFICATE_GROUP_UNBLOCKED', { blocked: false });
}

/**
 * «Удалить»: only a group nothing refers to — no certificate, no application (chosen, or requested by a change
 * of group or municipality), no mass change running towards it. Otherwise refused with GROUP_IN_USE.
 */
export async function deleteCertificateGroup(context: CertificatesContext, groupId: string): Promise<string> {
  return context.dataSource.transaction(async (manager) => {
    const group = await lockGroupInScope(manager, context.identity!, groupId);
    const [uses]: Array<{ certificates: boolean; applications: boolean; jobs: boolean }> = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM certificates.certificates WHERE municipality_id = $2 AND group_id = $1) AS certificates,
              EXISTS (SELECT 1 FROM certificates.applications WHERE group_id = $1)
                OR EXISTS (SELECT 1 FROM certificates.applications
                            WHERE requested_changes ? 'groupId' AND requested_changes ->> 'groupId' = $1::text)
                OR EXISTS (SELECT 1 FROM certificates.certificates WHERE group_id = $1) AS applications,
              EXISTS (SELECT 1 FROM certificates.group_change_jobs WHERE target_group_id = $1 AND status = 'RUNNING') AS jobs`,
      [group.id, group.municipalityId],
    );
    if (uses.certificates || uses.applications || uses.jobs) {
      const what = uses.certificates
        ? 'в ней есть сертификаты'
        : uses.applications
          ? 'её указывают заявки'
          : 'в неё переводятся сертификаты';
      throw domainError(
        ErrorCode.GroupInUse,
        `Группу «${group.name}» нельзя удалить: ${what}. Заблокируйте её, чтобы новые сертификаты в ней не выдавались`,
        { field: 'groupId' },
      );
    }
    await manager.delete(CertificateGroupEntity, { id: group.id });
    await writeAudit(manager, context.caller, {
      action: 'CERTIFICATE_GROUP_DELETED',
      subjectId: group.id,
      before: snapshot(group),
      after: {},
    });
    return group.id;
  });
}
