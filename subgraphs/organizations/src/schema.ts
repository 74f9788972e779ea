import { buildFederatedSchema, FederatedSchema, InputRules } from '@pfdo/platform';
import { MyAccountResolver } from './account/my-account.resolver';
import { OWN_LOGIN_MAX } from './account/own-login';
import { AccountLinksResolver } from './account-links/account-links.resolver';
import { AuthResolver, MAX_LOGIN_LENGTH, MAX_PASSWORD_LENGTH } from './auth/auth.resolver';
import { OrganizationsContext } from './context';
import { HolderPasswordResolver } from './holder-settings/holder-password.resolver';
import { findMunicipality, MunicipalityResolver } from './municipalities/municipality.resolver';
import { DETAIL_LIMITS } from './organizations/organization-details';
import { MunicipalityOrganizationPageResolver } from './organizations/organization-page';
import { findOrganization, OrganizationResolver } from './organizations/organization.resolver';
import { ApiKeyResolver } from './partners/api-key.resolver';
import { permissions } from './permissions';
import { StaffAccountResolver } from './staff/staff-account.resolver';
import { ThemeResolver } from './theme/theme.resolver';
import { findUser, UserResolver } from './users/user.resolver';

export const SUBGRAPH_NAME = 'organizations';

/** A login is a staff e-mail (at most 254 characters) or a citizen portal's login; a password, a pass phrase. */
const inputRules: InputRules = {
  'Mutation.login(login:)': { maxLength: MAX_LOGIN_LENGTH, label: 'Логин' },
  'Mutation.login(password:)': { maxLength: MAX_PASSWORD_LENGTH, label: 'Пароль' },
  'Mutation.changeMyPassword(currentPassword:)': { maxLength: MAX_PASSWORD_LENGTH, label: 'Текущий пароль' },
  'Mutation.changeMyPassword(newPassword:)': { maxLength: MAX_PASSWORD_LENGTH, label: 'Новый пароль' },
  'Mutation.changeMyPassword(newPasswordRepeat:)': { maxLength: MAX_PASSWORD_LENGTH, label: 'Повтор пароля' },
  'Mutation.changeHolderPassword(currentPassword:)': { maxLength: MAX_PASSWORD_LENGTH, label: 'Текущий пароль' },
  'Mutation.changeHolderPassword(newPassword:)': { maxLength: MAX_PASSWORD_LENGTH, label: 'Новый пароль' },
  'Mutation.changeHolderPassword(newPasswordRepeat:)': { maxLength: MAX_PASSWORD_LENGTH, label: 'Повтор пароля' },
  'Mutation.changeMyLogin(newLogin:)': { maxLength: OWN_LOGIN_MAX, label: 'Новый логин' },
  'Mutation.changeMyLogin(currentPassword:)': { maxLength: MAX_PASSWORD_LENGTH, label: 'Текущий пароль' },
  'Mutation.checkCabinetToLink(login:)': { maxLength: MAX_LOGIN_LENGTH, label: 'Логин или номер сертификата' },
  'Mutation.linkCabinet(login:)': { maxLength: MAX_LOGIN_LENGTH, label: 'Логин или номер сертификата' },
  'Mutation.linkCabinet(password:)': { maxLength: MAX_PASSWORD_LENGTH, label: 'Пароль' },
  'StaffAccountInput.email': { maxLength: MAX_LOGIN_LENGTH, label: 'E-mail' },
  'StaffAccountInput.name': { maxLength: 255, label: 'Наименование организации' },
  'StaffAccountInput.address': { maxLength: 255, label: 'Адрес' },
  'StaffAccountInput.workingHours': { maxLength: 255, label: 'Режим работы' },
  'StaffAccountInput.responsiblePerson': { maxLength: 255, label: 'ФИО ответственного лица' },
  'StaffAccountInput.phone': { maxLength: 100, label: 'Телефон' },
  'NewPasswordInput.password': { maxLength: MAX_PASSWORD_LENGTH, label: 'Пароль' },
  'NewPasswordInput.passwordRepeat': { maxLength: MAX_PASSWORD_LENGTH, label: 'Повтор пароля' },
  'ApiKeyInput.name': { maxLength: 200, label: 'Название ключа' },
  'ApiKeyInput.partnerName': { maxLength: 255, label: 'Организация-партнёр' },
  'ApiKeyInput.expiresOn': { maxLength: 10, label: 'Действует до' },
  'Query.staffAccounts(search:)': { maxLength: 100, label: 'Поиск' },
  'Query.staffAccounts(after:)': { maxLength: 500, message: 'Неверная позиция списка. Откройте список заново' },
  ...Object.fromEntries(
    Object.entries(DETAIL_LIMITS).map(([field, { label, max }]) => [
      `OrganizationDetailsInput.${field}`,
      { maxLength: max, label },
    ]),
  ),
};

export function buildOrganizationsSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [
      MunicipalityResolver,
      MunicipalityOrganizationPageResolver,
      OrganizationResolver,
      UserResolver,
      AuthResolver,
      StaffAccountResolver,
      MyAccountResolver,
      HolderPasswordResolver,
      ApiKeyResolver,
      AccountLinksResolver,
      ThemeResolver,
    ],
    referenceResolvers: {
      Municipality: (reference, context: OrganizationsContext) => findMunicipality(context, reference.id),
      Organization: (reference, context: OrganizationsContext) => findOrganization(context, reference.id),
      User: (reference, context: OrganizationsContext) => findUser(context, reference.id),
    },
    permissions,
    inputRules,
  });
}
