import { isUuid } from '@pfdo/platform';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { EmailContext } from '../context';
import { Application } from '../references/references';
import { EmailConfirmation } from './email-confirmation.type';

@Resolver(() => EmailConfirmation)
export class EmailConfirmationResolver {
  @FieldResolver(() => Application)
  application(@Root() confirmation: EmailConfirmation): Application {
    return Application.ref(confirmation.applicationId);
  }
}

@Resolver(() => Application)
export class ApplicationEmailResolver {
  @FieldResolver(() => EmailConfirmation, {
    nullable: true,
    description: 'Последнее подтверждение электронной почты по заявке (только заявки из личного кабинета граждан)',
  })
  async emailConfirmation(@Root() application: Application, @Ctx() context: EmailContext) {
    const row = await context.loaders.latestEmailConfirmationByApplication.load(application.id);
    return row && EmailConfirmation.from(row);
  }
}

export async function findEmailConfirmation(context: EmailContext, id: string) {
  if (!isUuid(id)) return null;
  const row = await context.loaders.emailConfirmationById.load(id);
  return row && EmailConfirmation.from(row);
}
