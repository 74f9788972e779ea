import { buildFederatedSchema, FederatedSchema, InputRules } from '@pfdo/platform';
import {
  ApplicationEmailResolver,
  EmailConfirmationResolver,
  findEmailConfirmation,
} from './confirmations/email-confirmation.resolver';
import { INVALID_LINK_MESSAGE, MAX_TOKEN_LENGTH } from './confirmations/email-confirmation.service';
import { EmailContext } from './context';
import { HolderEmailResolver } from './holder-settings/holder-email.resolver';
import { NotificationSettingsResolver } from './notifications/notification-settings.resolver';
import { INVALID_UNSUBSCRIBE_LINK_MESSAGE } from './notifications/notification-settings.service';
import { permissions } from './permissions';
import { Application } from './references/references';

export const SUBGRAPH_NAME = 'email';

/** The e-mail's token is 43 characters; anything that cannot be one is a link copied wrong. */
const inputRules: InputRules = {
  'Mutation.confirmEmail(token:)': { maxLength: MAX_TOKEN_LENGTH, message: INVALID_LINK_MESSAGE },
  'Mutation.confirmHolderEmail(token:)': { maxLength: MAX_TOKEN_LENGTH, message: INVALID_LINK_MESSAGE },
  'Mutation.resetHolderPassword(token:)': { maxLength: MAX_TOKEN_LENGTH, message: INVALID_LINK_MESSAGE },
  'Mutation.resetHolderPassword(newPassword:)': { maxLength: 256, label: 'Новый пароль' },
  'Mutation.resetHolderPassword(newPasswordRepeat:)': { maxLength: 256, label: 'Повтор пароля' },
  'Mutation.requestHolderEmailChange(email:)': { maxLength: 254, label: 'Электронная почта' },
  'Mutation.requestHolderPasswordReset(login:)': { maxLength: 20, label: 'Логин' },
  'Mutation.unsubscribe(token:)': { maxLength: 200, message: INVALID_UNSUBSCRIBE_LINK_MESSAGE },
};

export function buildEmailSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [EmailConfirmationResolver, ApplicationEmailResolver, NotificationSettingsResolver, HolderEmailResolver],
    orphanedTypes: [Application],
    referenceResolvers: {
      EmailConfirmation: (reference, context: EmailContext) => findEmailConfirmation(context, reference.id),
      Application: (reference) => Application.ref(reference.id),
    },
    permissions,
    inputRules,
  });
}
