import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { EmailConfirmationEntity } from './email-confirmation.entity';

export enum EmailConfirmationStatus {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  EXPIRED = 'EXPIRED',
  SUPERSEDED = 'SUPERSEDED',
}

registerEnumType(EmailConfirmationStatus, {
  name: 'EmailConfirmationStatus',
  valuesConfig: {
    PENDING: { description: 'Письмо отправлено, ссылка ещё не открыта' },
    CONFIRMED: { description: 'Адрес подтверждён' },
    EXPIRED: { description: 'Срок действия ссылки истёк' },
    SUPERSEDED: { description: 'Отправлено новое письмо; эта ссылка больше не действует' },
  },
});

@Directive('@key(fields: "id")')
@ObjectType({ description: 'Подтверждение электронной почты заявителя по одноразовой ссылке' })
export class EmailConfirmation {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Адрес электронной почты заявителя (персональные данные)' })
  email: string;

  @Field(() => EmailConfirmationStatus)
  status: EmailConfirmationStatus;

  @Field()
  createdAt: Date;

  @Field({ description: 'До какого момента действует ссылка' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  confirmedAt: Date | null;

  applicationId: string;
  municipalityId: string;
  requestedByUserId: string | null;

  static from(entity: EmailConfirmationEntity, now: Date = new Date()): EmailConfirmation {
    const expired = entity.status === 'PENDING' && entity.expiresAt <= now;
    return Object.assign(new EmailConfirmation(), {
      id: entity.id,
      email: entity.email,
      status: expired ? EmailConfirmationStatus.EXPIRED : (entity.status as EmailConfirmationStatus),
      createdAt: entity.createdAt,
      expiresAt: entity.expiresAt,
      confirmedAt: entity.confirmedAt,
      applicationId: entity.applicationId,
      municipalityId: entity.municipalityId,
      requestedByUserId: entity.requestedByUserId,
    });
  }
}
