import { mayDo, type Operator } from './operator-rights';

export interface RegistrySection {
  href: string;
  label: string;
}

/**
 * The registry cabinet's sections the operator may open, in the seed's order: the menu bar on every page and
 * the start page's buttons are both this list, so that no section is reachable from one and not the other.
 * What each role may open comes from the server (`mayDo`: the operator's `allowedRegistryActions`).
 */
export function registrySections(operator: Operator): RegistrySection[] {
  const sections: Array<RegistrySection | false> = [
    { href: '/registry', label: 'Главная' },
    mayDo(operator, 'CREATE_APPLICATION') && { href: '/registry/applications/new', label: 'Создать заявку' },
    {
      href: '/registry/applications',
      label: operator.role === 'ORG_OPERATOR' ? 'Поиск заявки' : 'Заявки',
    },
    mayDo(operator, 'READ_CERTIFICATE_REGISTER') && { href: '/registry/certificates', label: 'Сертификаты' },
    mayDo(operator, 'RESEND_TO_NAVIGATOR') && {
      href: '/registry/certificates/not-sent',
      label: 'Не отправленные в ПФДО сертификаты',
    },
    mayDo(operator, 'MANAGE_CERTIFICATE_GROUPS') && { href: '/registry/groups', label: 'Группы сертификатов' },
    mayDo(operator, 'CHANGE_GROUPS_IN_BULK') && { href: '/registry/batch', label: 'Пакетные обработки' },
    operator.role !== 'ORG_OPERATOR' && { href: '/registry/organizations', label: 'Пользователи организаций' },
    // The same operators as the shield's mayKeepApiKeys (organizations): a municipal one and the regional one.
    (operator.role === 'MUNICIPAL_OPERATOR' || operator.role === 'REGIONAL_OPERATOR') && {
      href: '/registry/api-keys',
      label: 'Ключи API',
    },
    mayDo(operator, 'MANAGE_SETTINGS') && { href: '/registry/settings', label: 'Мои параметры' },
    mayDo(operator, 'READ_REPORTS') && { href: '/registry/reports', label: 'Отчеты' },
    (operator.role === 'MUNICIPAL_OPERATOR' || operator.role === 'REGIONAL_OPERATOR') && {
      href: '/registry/news',
      label: 'Новости',
    },
    // The holder's «?» help and «НОКО» are the region's (navigator subgraph's keepsRegionalContent).
    operator.role === 'REGIONAL_OPERATOR' && { href: '/registry/help', label: 'Помощь навигатора' },
    operator.role === 'REGIONAL_OPERATOR' && { href: '/registry/noko', label: 'НОКО' },
    { href: '/registry/references', label: 'Справочники' },
  ];
  return sections.filter((section): section is RegistrySection => Boolean(section));
}

/**
 * `aria-current` of each section at `pathname`: «page» on the section's own address, «true» on the section
 * a deeper page belongs to (the longest section address it starts with; the start page only on itself).
 */
export function currentSection(sections: RegistrySection[], pathname: string): Map<string, 'page' | 'true'> {
  const current = new Map<string, 'page' | 'true'>();
  const exact = sections.find((section) => section.href === pathname);
  if (exact) return current.set(exact.href, 'page');
  const within = sections
    .filter((section) => section.href !== '/registry' && pathname.startsWith(`${section.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0];
  if (within) current.set(within.href, 'true');
  return current;
}
