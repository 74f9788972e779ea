import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { NavigatorContext } from '../context';
import { certificateNotifications, myCertificateCabinet, NOTIFICATIONS_PAGE } from './cabinet.service';
import { CertificateCabinet, CertificateNotificationPage } from './cabinet.type';

@Resolver(() => CertificateCabinet)
export class CertificateCabinetResolver {
  // Nullable: a page of /navigator asks it with `me` in one request, and another role's refusal must leave `me`.
  @Query(() => CertificateCabinet, {
    nullable: true,
    description: '«КАБИНЕТ» сертификата, в который вошёл его владелец (CERTIFICATE_HOLDER)',
  })
  myCertificateCabinet(@Ctx() context: NavigatorContext): Promise<CertificateCabinet> {
    return myCertificateCabinet(context);
  }

  @FieldResolver(() => CertificateNotificationPage, { description: 'Оповещения о действиях с сертификатом' })
  notifications(
    @Root() cabinet: CertificateCabinet,
    @Ctx() context: NavigatorContext,
    @Arg('first', () => Int, { defaultValue: NOTIFICATIONS_PAGE }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<CertificateNotificationPage> {
    return certificateNotifications(context, cabinet.certificateId, first, after);
  }
}
