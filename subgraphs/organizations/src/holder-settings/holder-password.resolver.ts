import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { changeOwnPassword } from '../account/my-account.resolver';
import { OrganizationsContext } from '../context';

/**
 * «НАСТРОЙКИ ПОЛЬЗОВАТЕЛЯ» → «Пароль» of the certificate's cabinet (seed 002 §8; issue 15 part C): the holder
 * changes his own password with the current one and the new one twice, under the house's password rules (at
 * least 8 characters, letters and digits, not containing the login, i.e. the certificate number). His other
 * sessions end; this one stays. A new «Выписка сертификата» with a generated password is the certificates
 * subgraph's (it owns the extract and hands only the new password's hash here).
 */
@Resolver()
export class HolderPasswordResolver {
  @Mutation(() => Boolean, {
    description:
      '«Пароль» личного кабинета сертификата: текущий пароль, новый и его повтор. Остальные сессии кабинета ' +
      'закрываются. Неверный текущий пароль: INVALID_CREDENTIALS у поля currentPassword; слабый новый: ' +
      'WEAK_PASSWORD; повтор не совпал: PASSWORDS_DO_NOT_MATCH.',
  })
  async changeHolderPassword(
    @Arg('currentPassword') currentPassword: string,
    @Arg('newPassword') newPassword: string,
    @Arg('newPasswordRepeat') newPasswordRepeat: string,
    @Ctx() context: OrganizationsContext,
  ): Promise<boolean> {
    return changeOwnPassword(context, 'CERTIFICATE_HOLDER', { currentPassword, newPassword, newPasswordRepeat });
  }
}
