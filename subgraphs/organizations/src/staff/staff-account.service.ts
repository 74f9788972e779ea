import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Caller, hashPassword, invalidFields, isUuid } from '@pfdo/platform';
import { writeAudit, StaffAccountSnapshot } from '../audit/audit';
import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from '../users/user.entity';
import {
  checkNewPassword,
  checkStaffAccount,
  duplicateEmail,
  generatePassword,
  NewPasswordValues,
  normalizeEmail,
  StaffAccountValues,
} from './staff-account-checks';
import { assertStaffAccountId, isInScope, staffAccountNotFound, StaffScope, staffScopeOf } from './staff-scope';

export interface StaffAccountDetails extends StaffAccountValues {
  canViewPersonalData: boolean;
  canConfirmApplications: boolean;
  municipalityId?: string | null;
}

/** A password the operator typed, or one generated for him to hand over, and its hash. */
interface ChosenPassword {
  hash: string;
  generated: string | null;
}

async function choosePassword(values: NewPasswordValues): Promise<ChosenPassword> {
  const generated = values.generate ? generatePassword() : null;
  return { hash: await hashPassword(generated ?? values.password ?? ''), generated };
}

const isUniqueViolation = (error: unknown) => (error as { code?: unknown }).code === '23505';

function snapshot(user: UserEntity, organization: OrganizationEntity | null): StaffAccountSnapshot {
  return {
    login: user.login,
    fullName: user.fullName,
    role: user.role,
    municipalityId: user.municipalityId,
    organizationId: user.organizationId,
    canViewPersonalData: user.canViewPersonalData,
    canConfirmApplications: user.canConfirmApplications,
    blocked: user.blockedAt !== null,
    organization: organization && {
      name: organization.name,
      address: organization.address,
      workingHours: organization.workingHours,
      responsiblePerson: organization.responsiblePerson,
      phones: organization.phones,
    },
  };
}

/**
 * «Пользователи организаций»: the accounts an operator keeps (staff-scope.ts), each change checked against his
 * scope before anything is written and audited in its own transaction. Passwords are hashed before the
 * transaction opens, so that it holds its locks for milliseconds, not for a hash.
 */
export class StaffAccountService {
  private readonly scope: StaffScope;

  constructor(
    private readonly dataSource: DataSource,
    private readonly caller: Caller,
  ) {
    this.scope = staffScopeOf(caller.identity);
  }

  async create(
    details: StaffAccountDetails,
    password: NewPasswordValues,
  ): Promise<{ account: UserEntity; generatedPassword: string | null }> {
    checkStaffAccount(details, password);
    const municipalityId = await this.municipalityFor(details);
    const chosen = await choosePassword(password);
    const organization: OrganizationEntity = {
      id: randomUUID(),
      municipalityId,
      kind: this.scope.role === 'ORG_OPERATOR' ? 'RECEPTION' : 'REGISTRY',
      room: '',
      ...this.organizationDetails(details),
    };
    const user: UserEntity = {
      id: randomUUID(),
      login: normalizeEmail(details.email),
      passwordHash: chosen.hash,
      fullName: details.name.trim(),
      role: this.scope.role,
      organizationId: organization.id,
      municipalityId,
      ...this.rights(details),
      blockedAt: null,
      createdAt: new Date(),
    };
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.insert(OrganizationEntity, organization);
        await manager.insert(UserEntity, user);
        await writeAudit(manager, this.caller, {
          action: 'STAFF_ACCOUNT_CREATED',
          subjectId: user.id,
          after: snapshot(user, organization),
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicateEmail();
      throw error;
    }
    return { account: user, generatedPassword: chosen.generated };
  }

  async update(id: string, details: StaffAccountDetails): Promise<UserEntity> {
    assertStaffAccountId(id);
    checkStaffAccount(details);
    const municipalityId = await this.municipalityFor(details);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const { user, organization } = await this.lockAccount(manager, id);
        const before = snapshot(user, organization);
        const changedOrganization: OrganizationEntity = {
          id: organization?.id ?? randomUUID(),
          kind: organization?.kind ?? (this.scope.role === 'ORG_OPERATOR' ? 'RECEPTION' : 'REGISTRY'),
          room: organization?.room ?? '',
          ...this.organizationDetails(details),
          municipalityId,
        };
        const changed: UserEntity = {
          ...user,
          login: normalizeEmail(details.email),
          fullName: details.name.trim(),
          organizationId: changedOrganization.id,
          municipalityId,
          ...this.rights(details),
        };
        await manager.save(OrganizationEntity, changedOrganization);
        await manager.save(UserEntity, changed);
        await writeAudit(manager, this.caller, {
          action: 'STAFF_ACCOUNT_EDITED',
          subjectId: id,
          before,
          after: snapshot(changed, changedOrganization),
        });
        return changed;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicateEmail();
      throw error;
    }
  }

  /** Blocks or unblocks; a block ends every session of the account in the same transaction. */
  async setBlocked(id: string, blocked: boolean): Promise<UserEntity> {
    assertStaffAccountId(id);
    return this.dataSource.transaction(async (manager) => {
      const { user, organization } = await this.lockAccount(manager, id);
      if ((user.blockedAt !== null) === blocked) return user;
      const before = snapshot(user, organization);
      const changed: UserEntity = { ...user, blockedAt: blocked ? new Date() : null };
      await manager.update(UserEntity, { id }, { blockedAt: changed.blockedAt });
      if (blocked) await manager.query(`DELETE FROM organizations.sessions WHERE user_id = $1`, [id]);
      await writeAudit(manager, this.caller, {
        action: blocked ? 'STAFF_ACCOUNT_BLOCKED' : 'STAFF_ACCOUNT_UNBLOCKED',
        subjectId: id,
        before,
        after: snapshot(changed, organization),
      });
      return changed;
    });
  }

  /** A new password; the account's sessions end, so that whoever used the old one is out. */
  async resetPassword(
    id: string,
    password: NewPasswordValues,
  ): Promise<{ account: UserEntity; generatedPassword: string | null }> {
    assertStaffAccountId(id);
    const target = await this.dataSource.getRepository(UserEntity).findOneBy({ id });
    if (!target || !isInScope(this.scope, target)) throw staffAccountNotFound();
    checkNewPassword(password, target.login);
    const chosen = await choosePassword(password);
    const account = await this.dataSource.transaction(async (manager) => {
      const { user } = await this.lockAccount(manager, id);
      await manager.update(UserEntity, { id }, { passwordHash: chosen.hash });
      const [, sessionsEnded] = (await manager.query(`DELETE FROM organizations.sessions WHERE user_id = $1`, [
        id,
      ])) as [unknown, number];
      await writeAudit(manager, this.caller, {
        action: 'STAFF_ACCOUNT_PASSWORD_RESET',
        subjectId: id,
        after: { generated: chosen.generated !== null, sessionsEnded },
      });
      return user;
    });
    return { account, generatedPassword: chosen.generated };
  }

  /** The account and its organization, locked for the change; NOT_FOUND outside the caller's scope. */
  private async lockAccount(
    manager: EntityManager,
    id: string,
  ): Promise<{ user: UserEntity; organization: OrganizationEntity | null }> {
    const user = await manager.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!user || !isInScope(this.scope, user)) throw staffAccountNotFound();
    const organization = user.organizationId
      ? await manager.findOne(OrganizationEntity, {
          where: { id: user.organizationId },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    return { user, organization };
  }

  /** The municipal operator's own municipality; the one the regional operator chose, which must exist. */
  private async municipalityFor(details: StaffAccountDetails): Promise<string> {
    if (this.scope.municipalityId) return this.scope.municipalityId;
    const chosen = details.municipalityId ?? '';
    const exists = isUuid(chosen) && (await this.dataSource.getRepository(MunicipalityEntity).existsBy({ id: chosen }));
    if (!exists) throw invalidFields({ municipalityId: 'Выберите муниципалитет' });
    return chosen;
  }

  private organizationDetails(details: StaffAccountDetails) {
    return {
      name: details.name.trim(),
      address: details.address.trim(),
      workingHours: details.workingHours.trim(),
      responsiblePerson: details.responsiblePerson.trim(),
      phones: details.phone.trim(),
    };
  }

  /** The two ticks belong to reception organizations; a registry operator's rights come with his role. */
  private rights(details: StaffAccountDetails) {
    return this.scope.role === 'ORG_OPERATOR'
      ? { canViewPersonalData: details.canViewPersonalData, canConfirmApplications: details.canConfirmApplications }
      : { canViewPersonalData: false, canConfirmApplications: false };
  }
}
