/** The three entrances to the system; each has its own sign-in page. */
export type Portal = 'cabinet' | 'registry' | 'navigator';

export interface PortalInfo {
  href: `/${Portal}`;
  /** The entrance's name, as on the landing page and in the header. */
  name: string;
  /** What one does there, for the landing page. */
  summary: string;
  /** The sign-in page's heading. */
  signInTitle: string;
  /** Where the login and password come from. */
  credentialsHint: string;
}

export const portals: Record<Portal, PortalInfo> = {
  cabinet: {
    href: '/cabinet',
    name: 'Личный кабинет граждан',
    summary: 'Для родителей и детей старше 14 лет: подать заявку на сертификат и следить за её статусом.',
    signInTitle: 'Вход в личный кабинет',
    credentialsHint: 'Логин и пароль выдаёт школа, в которой учится ребёнок.',
  },
  registry: {
    href: '/registry',
    name: 'Реестр сертификатов',
    summary:
      'Для организаций по приёму заявлений и операторов реестра: заявки, подтверждение персональных данных, реестр.',
    signInTitle: 'Вход в АИС «Реестр сертификатов»',
    credentialsHint: 'Логин — адрес электронной почты организации.',
  },
  navigator: {
    href: '/navigator',
    name: 'Навигатор',
    summary: 'Каталог образовательных программ, запись на обучение и личный кабинет сертификата.',
    signInTitle: 'Вход в личный кабинет сертификата',
    credentialsHint:
      'Логин — номер сертификата, пароль указан в выписке из реестра сертификатов. ' +
      'Поставщики образовательных услуг входят по адресу электронной почты.',
  },
};

export const portalList: PortalInfo[] = [portals.cabinet, portals.registry, portals.navigator];
