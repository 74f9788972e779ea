import { buildFederatedSchema, FederatedSchema } from '@pfdo/platform';
import {
  ApplicationEmailResolver,
  EmailConfirmationResolver,
  findEmailConfirmation,
} from './confirmations/email-confirmation.resolver';
import { EmailContext } from './context';
import { permissions } from './permissions';
import { Application } from './references/references';

export const SUBGRAPH_NAME = 'email';

export function buildEmailSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [EmailConfirmationResolver, ApplicationEmailResolver],
    orphanedTypes: [Application],
    referenceResolvers: {
      EmailConfirmation: (reference, context: EmailContext) => findEmailConfirmation(context, reference.id),
      Application: (reference) => Application.ref(reference.id),
    },
    permissions,
  });
}
