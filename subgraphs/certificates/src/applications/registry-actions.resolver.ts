import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CertificatesContext } from '../context';
import { User } from '../references/references';
import { registryActionsFor } from './allowed-actions';
import { RegistryAction } from './application-state';

@Resolver(() => User)
export class UserRegistryActionsResolver {
  @FieldResolver(() => [RegistryAction], {
    description:
      'Что пользователь может делать в реестре заявок независимо от заявки (меню и форма поиска); ' +
      'действия с заявкой — Application.allowedActions',
  })
  registryActions(@Root() _user: User, @Ctx() context: CertificatesContext): RegistryAction[] {
    // The shield lets only the user himself read this field (isOwnUser): the caller is the user.
    return registryActionsFor(context.identity);
  }
}
