import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Municipality, Organization } from '../references/references';

/** Who published a news item: an education provider, a municipality's registry operator, the regional operator. */
export enum NewsAuthorKind {
  PROVIDER = 'PROVIDER',
  MUNICIPALITY = 'MUNICIPALITY',
  REGION = 'REGION',
}

registerEnumType(NewsAuthorKind, {
  name: 'NewsAuthorKind',
  valuesConfig: {
    PROVIDER: { description: 'Образовательная организация' },
    MUNICIPALITY: { description: 'Уполномоченный орган муниципалитета' },
    REGION: { description: 'Региональный оператор' },
  },
});

@ObjectType({ description: 'Новость раздела «НОВОСТИ»' })
export class NewsItem {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Заголовок' })
  title: string;

  @Field({ description: 'Текст' })
  body: string;

  @Field({ description: 'Дата публикации' })
  publishedAt: Date;

  @Field(() => Date, { nullable: true, description: 'Дата последнего изменения' })
  editedAt: Date | null;

  @Field({ description: 'Опубликована (снятая с публикации видна только её автору)' })
  published: boolean;

  @Field(() => NewsAuthorKind, { description: 'Кто опубликовал' })
  authorKind: NewsAuthorKind;

  @Field(() => Organization, { nullable: true, description: 'Организация, опубликовавшая новость' })
  authorOrganization: Organization | null;

  @Field(() => Municipality, {
    nullable: true,
    description: 'Для кого: муниципалитет; null — для всего региона',
  })
  audienceMunicipality: Municipality | null;
}

@ObjectType({ description: 'Страница новостей, новые сначала' })
export class NewsPage {
  @Field(() => [NewsItem])
  items: NewsItem[];

  @Field(() => String, { nullable: true, description: 'Курсор следующей страницы; null — это последняя' })
  nextCursor: string | null;
}

@InputType({ description: 'Новость: заголовок и текст' })
export class NewsInput {
  @Field()
  title: string;

  @Field()
  body: string;
}
