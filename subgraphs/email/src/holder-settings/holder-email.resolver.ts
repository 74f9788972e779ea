import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { EmailContext } from '../context';
import { confirmHolderEmail, myHolderEmail, requestHolderEmailChange } from './holder-email.service';
import { HolderEmail } from './holder-email.type';
import { requestHolderPasswordReset, resetHolderPassword } from './holder-password-reset.service';

@Resolver()
export class HolderEmailResolver {
  @Query(() => HolderEmail, { description: '«Электронная почта» своего кабинета сертификата (владелец)' })
  myHolderEmail(@Ctx() context: EmailContext): Promise<HolderEmail> {
    return myHolderEmail(context);
  }

  @Mutation(() => HolderEmail, {
    description:
      '«Электронная почта» → «Изменить»: письмо с одноразовой ссылкой на новый адрес. Слишком часто — RATE_LIMITED',
  })
  requestHolderEmailChange(@Arg('email') email: string, @Ctx() context: EmailContext): Promise<HolderEmail> {
    return requestHolderEmailChange(context, email);
  }

  @Mutation(() => HolderEmail, {
    description:
      'Переход по ссылке из письма, войдя в кабинет сертификата: адрес становится адресом восстановления доступа. ' +
      'Ошибки: CONFIRMATION_NOT_FOUND, CONFIRMATION_ALREADY_USED, CONFIRMATION_EXPIRED, CONFIRMATION_SUPERSEDED',
  })
  confirmHolderEmail(@Arg('token') token: string, @Ctx() context: EmailContext): Promise<HolderEmail> {
    return confirmHolderEmail(context, token);
  }

  @Mutation(() => Boolean, {
    description:
      '«Забыли пароль?» кабинета сертификата: ссылка для нового пароля на подтверждённую почту кабинета. Ответ ' +
      'одинаков, есть такой кабинет с почтой или нет. Слишком часто — RATE_LIMITED',
  })
  requestHolderPasswordReset(@Arg('login') login: string, @Ctx() context: EmailContext): Promise<boolean> {
    return requestHolderPasswordReset(context, login);
  }

  @Mutation(() => Boolean, {
    description:
      'Новый пароль кабинета сертификата по ссылке из письма «Забыли пароль?» (дважды). Все сессии кабинета ' +
      'закрываются. Ошибки ссылки — как у подтверждения почты; слабый пароль — WEAK_PASSWORD; повтор — ' +
      'PASSWORDS_DO_NOT_MATCH',
  })
  resetHolderPassword(
    @Arg('token') token: string,
    @Arg('newPassword') newPassword: string,
    @Arg('newPasswordRepeat') newPasswordRepeat: string,
    @Ctx() context: EmailContext,
  ): Promise<boolean> {
    return resetHolderPassword(context, token, newPassword, newPasswordRepeat);
  }
}
