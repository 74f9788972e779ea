import { Arg, Ctx, Mutation, Query, registerEnumType, Resolver } from 'type-graphql';
import { OrganizationsContext } from '../context';

export enum Theme {
  LIGHT = 'LIGHT',
  DARK = 'DARK',
}

registerEnumType(Theme, {
  name: 'Theme',
  description: 'Тема личного кабинета («Темная тема»)',
  valuesConfig: { LIGHT: { description: 'Светлая' }, DARK: { description: 'Тёмная' } },
});

/**
 * «Темная тема» (seed 002): the cabinet's theme kept with the account, so that it follows the user to another
 * device. Until chosen (and before sign-in) the system's preference decides: null.
 */
@Resolver()
export class ThemeResolver {
  @Query(() => Theme, {
    nullable: true,
    description: 'Тема, выбранная вошедшим; null — не выбрана (или никто не вошёл): решает настройка системы',
  })
  async myTheme(@Ctx() context: OrganizationsContext): Promise<Theme | null> {
    if (!context.identity) return null;
    const rows = (await context.dataSource.query(
      `SELECT theme FROM organizations.user_preferences WHERE user_id = $1`,
      [context.identity.userId],
    )) as Array<{ theme: Theme }>;
    return rows[0]?.theme ?? null;
  }

  @Mutation(() => Theme, { description: 'Слайдер «Темная тема»: запомнить тему кабинета для этой учётной записи' })
  async setMyTheme(@Arg('theme', () => Theme) theme: Theme, @Ctx() context: OrganizationsContext): Promise<Theme> {
    await context.dataSource.query(
      `INSERT INTO organizations.user_preferences (user_id, theme) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET theme = EXCLUDED.theme, updated_at = now()`,
      [context.identity!.userId, theme],
    );
    return theme;
  }
}
