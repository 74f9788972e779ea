import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum HelpKind {
  INSTRUCTION = 'INSTRUCTION',
  VIDEO = 'VIDEO',
  FAQ = 'FAQ',
}

registerEnumType(HelpKind, {
  name: 'HelpKind',
  description: 'Раздел помощи за знаком «?»',
  valuesConfig: {
    INSTRUCTION: { description: '«Инструкции»' },
    VIDEO: { description: '«Видеоуроки»' },
    FAQ: { description: '«Часто задаваемые вопросы»' },
  },
});

export interface HelpArticleRow {
  id: string;
  kind: HelpKind;
  title: string;
  body: string;
  video_url: string | null;
  position: number;
}

@ObjectType({ description: 'Материал помощи: инструкция, видеоурок или вопрос с ответом' })
export class HelpArticle {
  @Field(() => ID)
  id: string;

  @Field(() => HelpKind)
  kind: HelpKind;

  @Field({ description: 'Заголовок (для вопроса — сам вопрос)' })
  title: string;

  @Field({ description: 'Текст в простой разметке (абзацы, списки «- », **полужирный**); HTML не допускается' })
  body: string;

  @Field(() => String, { nullable: true, description: 'Адрес видео (для видеоурока)' })
  videoUrl: string | null;

  @Field(() => Int, { description: 'Порядок в разделе' })
  position: number;

  static from(row: HelpArticleRow): HelpArticle {
    return Object.assign(new HelpArticle(), {
      id: row.id,
      kind: row.kind,
      title: row.title,
      body: row.body,
      videoUrl: row.video_url,
      position: row.position,
    });
  }
}

@InputType()
export class HelpArticleInput {
  @Field(() => ID, { nullable: true, description: 'Не задан — новый материал' })
  id: string | null;

  @Field(() => HelpKind)
  kind: HelpKind;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field(() => String, { nullable: true })
  videoUrl: string | null;

  @Field(() => Int, { defaultValue: 0 })
  position: number;
}
