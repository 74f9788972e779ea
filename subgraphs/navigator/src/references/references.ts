import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Entities of the organizations subgraph, referred to by key; this subgraph adds `programs`. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Organization {
  @Field(() => ID)
  id: string;

  static ref(id: string): Organization {
    return Object.assign(new Organization(), { id });
  }
}

@Directive('@key(fields: "id")')
@ObjectType()
export class Municipality {
  @Field(() => ID)
  id: string;

  static ref(id: string): Municipality {
    return Object.assign(new Municipality(), { id });
  }
}
