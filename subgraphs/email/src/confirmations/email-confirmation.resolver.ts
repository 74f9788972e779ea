import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { isUuid } from '@pfdo/platform';
import { EmailContext } from '../context';
import { Application } from '../references/references';
import { confirmEmail, resendConfirmation } from './email-confirmation.service';
import { EmailConfirmation } from './email-confirmation.type';

@ObjectType({ description: 'Итог перехода по ссылке из письма' })
export class EmailConfirmationResult {
  @Field({ description: 'Номер подтверждённой заявки' })
  applicationNumber: string;

  @Field(() => Application, { description: 'Подтверждённая заявка (её поля видит заявитель после входа)' })
  application: Application;
}

@Resolver(() => EmailConfirmation)
export class EmailConfirmationResolver {
  @Mutation(() => EmailConfirmationResult, {
    description:
      'Переход по ссылке из письма: подтверждает электронную почту заявки один раз. Работает и без входа в кабинет. ' +
      'Ошибки: CONFIRMATION_NOT_FOUND, CONFIRMATION_ALREADY_USED, CONFIRMATION_EXPIRED, CONFIRMATION_SUPERSEDED',
  })
  async confirmEmail(@Arg('token') token: string, @Ctx() context: EmailContext): Promise<EmailConfirmationResult> {
    const confirmation = await confirmEmail(context, token);
    return Object.assign(new EmailConfirmationResult(), {
      applicationNumber: confirmation.applicationNumber,
      application: Application.ref(confirmation.applicationId),
    });
  }

  @Mutation(() => EmailConfirmation, {
    description:
      'Отправить письмо для подтверждения ещё раз (не чаще раза в минуту). Ошибка RATE_LIMITED — слишком часто',
  })
  async resendConfirmationEmail(
    @Arg('applicationId', () => ID) applicationId: string,
    @Ctx() context: EmailContext,
  ): Promise<EmailConfirmation> {
    return EmailConfirmation.from(await resendConfirmation(context, applicationId));
  }

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
