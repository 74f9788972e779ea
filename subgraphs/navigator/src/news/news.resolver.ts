import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { NavigatorContext } from '../context';
import { NEWS_PAGE } from './news-rows';
import { authoredNews, editNews, myNews, publishNews, unpublishNews } from './news.service';
import { NewsInput, NewsItem, NewsPage } from './news.type';

@Resolver(() => NewsItem)
export class NewsResolver {
  @Query(() => NewsPage, {
    description: '«НОВОСТИ» владельца сертификата: его муниципалитета и региона, новые сначала',
  })
  myNews(
    @Ctx() context: NavigatorContext,
    @Arg('first', () => Int, { defaultValue: NEWS_PAGE }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<NewsPage> {
    return myNews(context, first, after);
  }

  @Query(() => NewsPage, {
    description: 'Свои новости (организации, уполномоченного органа, регионального оператора), новые сначала',
  })
  authoredNews(
    @Ctx() context: NavigatorContext,
    @Arg('first', () => Int, { defaultValue: NEWS_PAGE }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<NewsPage> {
    return authoredNews(context, first, after);
  }

  @Mutation(() => NewsItem, { description: 'Опубликовать новость для своего муниципалитета (региона)' })
  publishNews(@Ctx() context: NavigatorContext, @Arg('input', () => NewsInput) input: NewsInput): Promise<NewsItem> {
    return publishNews(context, input);
  }

  @Mutation(() => NewsItem, { description: 'Изменить свою новость' })
  editNews(
    @Ctx() context: NavigatorContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => NewsInput) input: NewsInput,
  ): Promise<NewsItem> {
    return editNews(context, id, input);
  }

  @Mutation(() => NewsItem, { description: 'Снять свою новость с публикации' })
  unpublishNews(@Ctx() context: NavigatorContext, @Arg('id', () => ID) id: string): Promise<NewsItem> {
    return unpublishNews(context, id);
  }
}
