import type { PartnerScope } from '@pfdo/contracts';

/** What each scope is for, in the words of the registry (docs/domain.md's roles). */
export const SCOPE_PURPOSES: Record<PartnerScope, { who: string; what: string }> = {
  'catalogue:read': {
    who: 'любая система партнёра',
    what: 'каталог программ, поставщики, муниципалитеты и карта — открытые данные навигатора',
  },
  'certificates:read': {
    who: 'система муниципалитета (ключ указывает муниципалитет)',
    what: 'реестр сертификатов муниципалитета и карточка сертификата, как их видит оператор реестра',
  },
  'applications:read': {
    who: 'система организации по приёму заявлений (ключ указывает организацию)',
    what: 'заявки организации — созданные ею или принятые у неё: реестр заявок и карточка заявки',
  },
  'applications:write': {
    who: 'система организации по приёму заявлений (ключ указывает организацию)',
    what: '«Создать заявку» от имени организации, с теми же проверками, что в реестре',
  },
  'contracts:read': {
    who: 'учётная система поставщика образовательных услуг (ключ указывает поставщика)',
    what: 'заявки на обучение и договоры по программам поставщика',
  },
};

/** The refusals a partner meets, by HTTP status (README, «Partners»). */
export const PARTNER_REFUSALS: ReadonlyArray<{ status: number; code: string; when: string }> = [
  { status: 401, code: 'INVALID_API_KEY', when: 'ключ неверен, неизвестен, отозван или истёк; запрос не выполнен' },
  { status: 400, code: 'API_KEY_WITH_SESSION', when: 'в запросе и ключ, и cookie сессии: отправляйте только ключ' },
  {
    status: 403,
    code: 'SCOPE_MISSING',
    when: 'права ключа не открывают корневое поле запроса (extensions.fields называет поля)',
  },
  {
    status: 403,
    code: 'OPERATION_NOT_REGISTERED',
    when: 'ключ принимает только зарегистрированные операции, а эта не зарегистрирована',
  },
  {
    status: 429,
    code: 'RATE_LIMITED',
    when: 'превышен лимит ключа в минуту (extensions.limit — requests или cost); ждите Retry-After секунд',
  },
  { status: 400, code: 'QUERY_TOO_COMPLEX', when: 'стоимость одной операции выше предела' },
  { status: 200, code: 'FORBIDDEN', when: 'запись не принадлежит организации или муниципалитету ключа' },
  { status: 200, code: 'BAD_USER_INPUT', when: 'неверные данные; extensions.fields — сообщения по полям' },
];
