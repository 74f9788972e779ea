import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { NavigatorContext } from '../context';
import { deleteHelpArticle, listHelpArticles, saveHelpArticle } from './help.service';
import { HelpArticle, HelpArticleInput } from './help.type';

/**
 * The «?» of the holder's cabinet. Owned by the navigator subgraph: it is the navigator portal's own help (seed
 * 002), read where the cabinet is rendered, and it references nothing of the accounts that organizations keeps.
 */
@Resolver()
export class HelpResolver {
  @Query(() => [HelpArticle], { description: '«Инструкции», «Видеоуроки», «Часто задаваемые вопросы»' })
  helpArticles(@Ctx() context: NavigatorContext): Promise<HelpArticle[]> {
    return listHelpArticles(context);
  }

  @Mutation(() => HelpArticle, { description: 'Добавить или изменить материал помощи (региональный оператор)' })
  saveHelpArticle(
    @Arg('input', () => HelpArticleInput) input: HelpArticleInput,
    @Ctx() context: NavigatorContext,
  ): Promise<HelpArticle> {
    return saveHelpArticle(context, input);
  }

  @Mutation(() => Boolean, { description: 'Удалить материал помощи (региональный оператор)' })
  deleteHelpArticle(@Arg('id', () => ID) id: string, @Ctx() context: NavigatorContext): Promise<boolean> {
    return deleteHelpArticle(context, id);
  }
}
