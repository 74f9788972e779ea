import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { StatusMailKind as Kind } from '@pfdo/contracts';
import { EmailContext } from '../context';
import { notificationSettings, unsubscribe, updateNotificationSettings } from './notification-settings.service';
import { NotificationSetting, StatusMailKind, UnsubscribeResult } from './notification-settings.type';

@Resolver()
export class NotificationSettingsResolver {
  @Query(() => [NotificationSetting], {
    description: '«Настройка уведомлений» заявителя: какие письма о заявках и сертификатах приходят',
  })
  notificationSettings(@Ctx() context: EmailContext): Promise<NotificationSetting[]> {
    return notificationSettings(context);
  }

  @Mutation(() => [NotificationSetting], {
    description:
      'Сохранить «Настройку уведомлений»: необязательные письма, которые должны приходить (остальные не придут). ' +
      'Обязательные письма приходят всегда',
  })
  updateNotificationSettings(
    @Arg('enabledKinds', () => [StatusMailKind]) enabledKinds: Kind[],
    @Ctx() context: EmailContext,
  ): Promise<NotificationSetting[]> {
    return updateNotificationSettings(context, enabledKinds);
  }

  @Mutation(() => UnsubscribeResult, {
    description:
      'Отписка по ссылке из письма (без входа в кабинет): одно необязательное письмо больше не придёт. ' +
      'Ошибка UNSUBSCRIBE_LINK_INVALID — ссылка не подписана сервисом',
  })
  unsubscribe(@Arg('token') token: string, @Ctx() context: EmailContext): Promise<UnsubscribeResult> {
    return unsubscribe(context, token);
  }
}
