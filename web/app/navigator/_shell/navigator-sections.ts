/**
 * The left panel of the certificate's cabinet (seed 002), the sections that exist so far: «КАБИНЕТ»,
 * «НАВИГАТОР», «ДОГОВОРЫ», «НОВОСТИ», «МЕРОПРИЯТИЯ», «ПОРТФОЛИО» and «НАСТРОЙКИ ПОЛЬЗОВАТЕЛЯ». The others (РАСПИСАНИЕ, НОВОСТИ, …) join the list as they are built, in the seed's
 * order.
 */
export const NAVIGATOR_SECTIONS = [
  { href: '/navigator', label: 'Кабинет' },
  { href: '/navigator/programs', label: 'Навигатор' },
  { href: '/navigator/contracts', label: 'Договоры' },
  { href: '/navigator/news', label: 'Новости' },
  { href: '/navigator/events', label: 'Мероприятия' },
  { href: '/navigator/portfolio', label: 'Портфолио' },
  { href: '/navigator/settings', label: 'Настройки пользователя' },
] as const;

/** The section `pathname` is in: the longest matching address; «page» on the section's own address. */
export function currentSection(pathname: string): Map<string, 'page' | 'true'> {
  const matching = NAVIGATOR_SECTIONS.filter(
    (section) => pathname === section.href || pathname.startsWith(`${section.href}/`),
  ).sort((a, b) => b.href.length - a.href.length)[0];
  const current = new Map<string, 'page' | 'true'>();
  if (matching) current.set(matching.href, pathname === matching.href ? 'page' : 'true');
  return current;
}
