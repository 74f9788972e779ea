import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ROLES, Role as RoleValue } from '@pfdo/platform';
import { UserEntity } from './user.entity';

export const Role = Object.fromEntries(ROLES.map((role) => [role, role])) as { [R in RoleValue]: R };

registerEnumType(Role, {
  name: 'Role',
  description: 'Роль пользователя',
  valuesConfig: {
    CITIZEN: { description: 'Гражданин: родитель (законный представитель) или ребёнок старше 14 лет' },
    CERTIFICATE_HOLDER: { description: 'Личный кабинет сертификата в навигаторе' },
    ORG_OPERATOR: { description: 'Сотрудник организации по приёму заявлений' },
    PROVIDER: { description: 'Поставщик образовательных услуг' },
    MUNICIPAL_OPERATOR: { description: 'Оператор реестра сертификатов муниципалитета' },
    REGIONAL_OPERATOR: { description: 'Региональный оператор' },
    PARTNER: { description: 'Внешняя система партнёра' },
  },
});

@Directive('@key(fields: "id")')
@ObjectType({ description: 'Пользователь системы' })
export class User {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Логин: e-mail сотрудника или логин личного кабинета гражданина' })
  login: string;

  @Field({ description: 'ФИО или название учётной записи' })
  fullName: string;

  @Field(() => Role)
  role: RoleValue;

  @Field({ description: 'Право на просмотр персональных данных (для организаций по приёму заявлений)' })
  canViewPersonalData: boolean;

  @Field({ description: 'Право подтверждать заявки (для организаций по приёму заявлений)' })
  canConfirmApplications: boolean;

  @Field({ description: 'Учётная запись заблокирована: вход закрыт, сессии завершены' })
  blocked: boolean;

  organizationId: string | null;
  municipalityId: string | null;

  static from(entity: UserEntity): User {
    return Object.assign(new User(), {
      id: entity.id,
      login: entity.login,
      fullName: entity.fullName,
      role: entity.role,
      canViewPersonalData: entity.canViewPersonalData,
      canConfirmApplications: entity.canConfirmApplications,
      blocked: entity.blockedAt !== null,
      organizationId: entity.organizationId,
      municipalityId: entity.municipalityId,
    });
  }
}
