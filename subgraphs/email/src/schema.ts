import { buildFederatedSchema, FederatedSchema, InputRules } from '@pfdo/platform';
import {
  ApplicationEmailResolver,
  EmailConfirmationResolver,
  findEmailConfirmation,
} from './confirmations/email-confirmation.resolver';
import { INVALID_LINK_MESSAGE, MAX_TOKEN_LENGTH } from './confirmations/email-confirmation.service';
import { EmailContext } from './context';
import { NotificationSettingsResolver } from './notifications/notification-settings.resolver';
import { INVALID_UNSUBSCRIBE_LINK_MESSAGE } from './notifications/notification-settings.service';
import { permissions } from './permissions';
import { Application } from './references/references';

export const SUBGRAPH_NAME = 'email';

/** The e-mail's token is 43 characters; anything that cannot be one is a link copied wrong. */
const inputRules: InputRules = {
  'Mutation.confirmEmail(token:)': { maxLength: MAX_TOKEN_LENGTH, message: INVALID_LINK_MESSAGE },
  'Mutation.unsubscribe(token:)': { maxLength: 200, message: INVALID_UNSUBSCRIBE_LINK_MESSAGE },
};

export function buildEmailSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [EmailConfirmationResolver, ApplicationEmailResolver, NotificationSettingsResolver],
    orphanedTypes: [Application],
    referenceResolvers: {
      EmailConfirmation: (reference, context: EmailContext) => findEmailConfirmation(context, reference.id),
      Application: (reference) => Application.ref(reference.id),
    },
    permissions,
    inputRules,
  });
}
