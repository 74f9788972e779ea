import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The certificates subgraph's application, referred to by key; this subgraph adds `emailConfirmation`. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Application {
  @Field(() => ID)
  id: string;

  static ref(id: string): Application {
    return Object.assign(new Application(), { id });
  }
}
