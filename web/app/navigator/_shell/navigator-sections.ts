/**
 * The left panel of the certificate's cabinet (seed 002), the sections that exist so far: «КАБИНЕТ»,
 * «НАВИГАТОР», «РАСПИСАНИЕ», «ДОГОВОРЫ», «НОВОСТИ», «МЕРОПРИЯТИЯ», «ПОРТФОЛИО» and «НАСТРОЙКИ ПОЛЬЗОВАТЕЛЯ»; «НОКО»
 * last where the region has it.
 */
export const NAVIGATOR_SECTIONS = [
  { href: '/navigator', label: 'Кабинет' },
  { href: '/navigator/programs', label: 'Навигатор' },
  { href: '/navigator/schedule', label: 'Расписание' },
  { href: '/navigator/contracts', label: 'Договоры' },
  { href: '/navigator/news', label: 'Новости' },
  { href: '/navigator/events', label: 'Мероприятия' },
  { href: '/navigator/portfolio', label: 'Портфолио' },
  { href: '/navigator/settings', label: 'Настройки пользователя' },
] as const;

/** «НОКО» (seed 002 §9): «данного раздела может не быть в вашем регионе»; shown, last, when the region has it on. */
export const NOKO_SECTION = { href: '/navigator/noko', label: 'НОКО' } as const;

export type NavigatorSection = { readonly href: string; readonly label: string };

/** The sections of the panel: «НОКО» only where the region switched it on. */
export function navigatorSections(nokoEnabled: boolean): readonly NavigatorSection[] {
  return nokoEnabled ? [...NAVIGATOR_SECTIONS, NOKO_SECTION] : NAVIGATOR_SECTIONS;
}

/** The section `pathname` is in: the longest matching address; «page» on the section's own address. */
export function currentSection(
  pathname: string,
  sections: readonly NavigatorSection[] = NAVIGATOR_SECTIONS,
): Map<string, 'page' | 'true'> {
  const matching = sections
    .filter((section) => pathname === section.href || pathname.startsWith(`${section.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0];
  const current = new Map<string, 'page' | 'true'>();
  if (matching) current.set(matching.href, pathname === matching.href ? 'page' : 'true');
  return current;
}
