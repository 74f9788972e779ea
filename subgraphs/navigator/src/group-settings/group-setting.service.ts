import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Caller, invalidFields, isUuid } from '@pfdo/platform';
import { GroupSettingSnapshot, writeAudit } from '../audit/audit';
import { checkGroupSetting, GroupSettingFields, GroupSettingValues } from './group-setting-checks';
import { GROUP_SETTING_COLUMNS } from './group-setting-list';
import { groupSettingNotFound, keepsSettingsOf, settingsMunicipalityOf } from './group-setting-scope';
import { GroupSettingRow } from './group-setting.type';

const isUniqueViolation = (error: unknown) => (error as { code?: unknown }).code === '23505';

const duplicateName = () =>
  invalidFields({ name: 'Группа сертификатов с таким наименованием в муниципалитете уже есть' });

function snapshot(row: GroupSettingRow): GroupSettingSnapshot {
  return {
    municipalityId: row.municipality_id,
    name: row.name,
    nominalKopecks: Number(row.nominal_kopecks),
    minAge: row.min_age,
    maxAge: row.max_age,
    significantPrograms: row.significant_programs,
    generalPrograms: row.general_programs,
    preProfessionalPrograms: row.pre_professional_programs,
    municipalityLimitKopecks: Number(row.municipality_limit_kopecks),
  };
}

function rowOf(id: string, municipalityId: string, values: GroupSettingValues): GroupSettingRow {
  return {
    id,
    municipality_id: municipalityId,
    name: values.name,
    nominal_kopecks: String(values.nominalKopecks),
    min_age: values.minAge,
    max_age: values.maxAge,
    significant_programs: values.significantPrograms,
    general_programs: values.generalPrograms,
    pre_professional_programs: values.preProfessionalPrograms,
    municipality_limit_kopecks: String(values.municipalityLimitKopecks),
  };
}

/**
 * «Настройка сертификатов»: a municipality's certificate group settings, created and edited by its registry
 * operator or the regional one. The scope is checked before anything is written; each change is audited in
 * its transaction. A setting the registry has imported keeps changing here: the registry keeps its own copy.
 */
export class GroupSettingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly caller: Caller,
  ) {}

  async create(municipalityId: string | null | undefined, fields: GroupSettingFields): Promise<GroupSettingRow> {
    const municipality = settingsMunicipalityOf(this.caller.identity, municipalityId);
    const row = rowOf(randomUUID(), municipality, checkGroupSetting(fields));
    return this.write(async (manager) => {
      await this.assertNameFree(manager, row);
      await manager.query(
        `INSERT INTO navigator.group_settings (id, municipality_id, name, nominal_kopecks, min_age, max_age,
           significant_programs, general_programs, pre_professional_programs, municipality_limit_kopecks)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          row.id,
          row.municipality_id,
          row.name,
          row.nominal_kopecks,
          row.min_age,
          row.max_age,
          row.significant_programs,
          row.general_programs,
          row.pre_professional_programs,
          row.municipality_limit_kopecks,
        ],
      );
      await writeAudit(manager, this.caller, {
        action: 'GROUP_SETTING_CREATED',
        subjectId: row.id,
        after: snapshot(row),
      });
      return row;
    });
  }

  async update(id: string, fields: GroupSettingFields): Promise<GroupSettingRow> {
    if (!isUuid(id)) throw groupSettingNotFound();
    return this.write(async (manager) => {
      const [current] = (await manager.query(
        `SELECT ${GROUP_SETTING_COLUMNS} FROM navigator.group_settings WHERE id = $1 FOR UPDATE`,
        [id],
      )) as GroupSettingRow[];
      if (!current || !keepsSettingsOf(this.caller.identity, current.municipality_id)) throw groupSettingNotFound();
      const changed = rowOf(id, current.municipality_id, checkGroupSetting(fields));
      await this.assertNameFree(manager, changed);
      await manager.query(
        `UPDATE navigator.group_settings SET name = $2, nominal_kopecks = $3, min_age = $4, max_age = $5,
           significant_programs = $6, general_programs = $7, pre_professional_programs = $8,
           municipality_limit_kopecks = $9
         WHERE id = $1`,
        [
          id,
          changed.name,
          changed.nominal_kopecks,
          changed.min_age,
          changed.max_age,
          changed.significant_programs,
          changed.general_programs,
          changed.pre_professional_programs,
          changed.municipality_limit_kopecks,
        ],
      );
      await writeAudit(manager, this.caller, {
        action: 'GROUP_SETTING_EDITED',
        subjectId: id,
        before: snapshot(current),
        after: snapshot(changed),
      });
      return changed;
    });
  }

  /** A transaction whose unique name (group_settings_municipality_name_key) lost a race says so as a field. */
  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicateName();
      throw error;
    }
  }

  private async assertNameFree(manager: EntityManager, row: GroupSettingRow): Promise<void> {
    const taken = (await manager.query(
      `SELECT 1 FROM navigator.group_settings WHERE municipality_id = $1 AND lower(name) = lower($2) AND id <> $3`,
      [row.municipality_id, row.name, row.id],
    )) as unknown[];
    if (taken.length > 0) throw duplicateName();
  }
}
