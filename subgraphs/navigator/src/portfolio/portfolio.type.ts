import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Organization } from '../references/references';

export enum PortfolioKind {
  WIN = 'WIN',
  PRIZE = 'PRIZE',
  PARTICIPATION = 'PARTICIPATION',
}

registerEnumType(PortfolioKind, {
  name: 'PortfolioKind',
  valuesConfig: {
    WIN: { description: 'Победа' },
    PRIZE: { description: 'Призёр' },
    PARTICIPATION: { description: 'Участие' },
  },
});

@ObjectType({ description: 'Файл достижения (диплом, грамота): PDF, JPEG или PNG' })
export class PortfolioFile {
  @Field({ description: 'Имя файла' })
  name: string;

  @Field({ description: 'Тип содержимого' })
  contentType: string;

  @Field(() => Int, { description: 'Размер в байтах' })
  sizeBytes: number;

  @Field({ description: 'Адрес для скачивания (только тем, кому запись видна)' })
  url: string;
}

@ObjectType({ description: 'Достижение ребёнка в разделе «ПОРТФОЛИО»' })
export class PortfolioItem {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Номер сертификата' })
  certificateNumber: string;

  @Field({ description: 'Название достижения' })
  title: string;

  @Field(() => PortfolioKind, { description: 'Победа, призёр или участие' })
  kind: PortfolioKind;

  @Field({ description: 'Дата (ГГГГ-ММ-ДД)' })
  achievedOn: string;

  @Field({ description: 'Мероприятие или программа' })
  eventOrProgram: string;

  @Field(() => Organization, { nullable: true, description: 'Организация, добавившая запись; null — добавила семья' })
  addedByOrganization: Organization | null;

  @Field(() => PortfolioFile, { nullable: true })
  file: PortfolioFile | null;

  @Field({ description: 'Может ли вошедший удалить запись' })
  canDelete: boolean;

  certificateId: string;
  organizationId: string | null;
}

@InputType({ description: 'Новое достижение' })
export class PortfolioItemInput {
  @Field()
  title: string;

  @Field(() => PortfolioKind)
  kind: PortfolioKind;

  @Field({ description: 'Дата (ГГГГ-ММ-ДД)' })
  achievedOn: string;

  @Field({ defaultValue: '' })
  eventOrProgram: string;

  @Field(() => ID, { nullable: true, description: 'Файл, загруженный на /uploads/portfolio-files' })
  fileId?: string | null;

  @Field(() => String, { nullable: true, description: 'Имя файла, как его выбрали' })
  fileName?: string | null;
}
