import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CertificatesContext } from '../context';
import { User } from '../references/references';
import { Child } from './child.type';

@Resolver(() => User)
export class UserChildrenResolver {
  @FieldResolver(() => [Child], {
    description: 'Дети пользователя по данным школы (для ребёнка старше 14 лет — он сам)',
  })
  async children(@Root() user: User, @Ctx() context: CertificatesContext): Promise<Child[]> {
    const rows = await context.loaders.childrenByGuardian.load(user.id);
    return rows.map((row) => Child.from(row.child, [user.id]));
  }
}
