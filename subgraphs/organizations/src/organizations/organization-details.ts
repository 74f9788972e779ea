import { Field, InputType } from 'type-graphql';
import { DataSource } from 'typeorm';
import { Caller, domainError, ErrorCode, Identity, invalidFields } from '@pfdo/platform';
import { writeAudit } from '../audit/audit';
import { OrganizationEntity } from './organization.entity';

@InputType({ description: '«Мои параметры»: сведения об организации, которые видят родители и организации' })
export class OrganizationDetailsInput {
  @Field({ description: 'Наименование организации' })
  name: string;

  @Field({ description: 'Адрес' })
  address: string;

  @Field({ description: 'Кабинет' })
  room: string;

  @Field({ description: 'Телефоны' })
  phones: string;

  @Field({ description: 'Часы работы' })
  workingHours: string;
}

/** How long each detail may be: what a sign on the door and a line of the parents' page hold. */
export const DETAIL_LIMITS: Record<keyof OrganizationDetailsInput, { label: string; max: number }> = {
  name: { label: 'Наименование организации', max: 300 },
  address: { label: 'Адрес', max: 300 },
  room: { label: 'Кабинет', max: 100 },
  phones: { label: 'Телефоны', max: 200 },
  workingHours: { label: 'Часы работы', max: 300 },
};

/** Registry operators keep their own organization's details (reception organizations get theirs from them). */
export const mayEditOwnOrganization = (identity: Identity) =>
  identity.role === 'MUNICIPAL_OPERATOR' || identity.role === 'REGIONAL_OPERATOR';

export function checkDetails(input: OrganizationDetailsInput): OrganizationDetailsInput {
  const fields: Record<string, string> = {};
  const clean = {} as OrganizationDetailsInput;
  for (const key of Object.keys(DETAIL_LIMITS) as Array<keyof OrganizationDetailsInput>) {
    const value = (input[key] ?? '').replace(/\s+/g, ' ').trim();
    const { label, max } = DETAIL_LIMITS[key];
    if (value.length > max) fields[key] = `${label}: не более ${max} символов`;
    clean[key] = value;
  }
  if (!clean.name) fields.name = 'Укажите наименование организации';
  if (Object.keys(fields).length) throw invalidFields(fields);
  return clean;
}

/** The caller's own organization, changed and audited in one transaction under its row lock. */
export async function updateOwnOrganization(
  dataSource: DataSource,
  caller: Caller & { identity: Identity },
  input: OrganizationDetailsInput,
): Promise<OrganizationEntity> {
  const organizationId = caller.identity.organizationId;
  if (!organizationId) throw domainError(ErrorCode.NotFound, 'Учётная запись не связана с организацией');
  const details = checkDetails(input);
  return dataSource.transaction(async (manager) => {
    const repository = manager.getRepository(OrganizationEntity);
    const before = await repository.findOne({ where: { id: organizationId }, lock: { mode: 'pessimistic_write' } });
    if (!before) throw domainError(ErrorCode.NotFound, 'Организация не найдена');
    const pick = (organization: OrganizationDetailsInput) => ({
      name: organization.name,
      address: organization.address,
      room: organization.room,
      phones: organization.phones,
      workingHours: organization.workingHours,
    });
    const after = { ...before, ...details };
    if (JSON.stringify(pick(before)) === JSON.stringify(pick(after))) return before;
    await repository.update({ id: organizationId }, details);
    await writeAudit(manager, caller, {
      action: 'ORGANIZATION_DETAILS_CHANGED',
      subjectId: organizationId,
      before: pick(before),
      after: pick(after),
    });
    return after;
  });
}
