import { STATUS_MAIL_KINDS } from '@pfdo/contracts';
import { statusMailMessage } from './status-mail.messages';

const LINKS = {
  navigator: 'http://localhost:3000/navigator',
  cabinet: 'http://localhost:3000/cabinet',
  settings: 'http://localhost:3000/cabinet/settings/notifications',
  unsubscribe: 'http://localhost:3000/unsubscribe?token=v1.abc',
  oneClickUnsubscribe: 'http://localhost:3000/unsubscribe/one-click?token=v1.abc',
};
const base = { applicationNumber: '12345678', to: 'parent@example.ru', userId: '11111111-2222-3333-4444-555555555555' };

describe('the status e-mails', () => {
  it.each(STATUS_MAIL_KINDS)('%s names the application in its subject and has a plain-text part', (kind) => {
    const mail = statusMailMessage(
      { ...base, kind, certificateNumber: '4200000123', reason: 'Причина', groupName: 'Дети 5–18 лет' },
      LINKS,
    );
    expect(mail.subject).toMatch(/^Заявка № 12345678: \S/);
    expect(mail.text).toMatch(/^Здравствуйте!/);
    expect(mail.text).not.toContain('<');
    expect(mail.text).not.toContain('undefined');
    expect(mail.html).toContain('<p>Здравствуйте!</p>');
  });

  it('offers «Отписаться» for an optional kind, never for a mandatory one', () => {
    const received = statusMailMessage({ ...base, kind: 'DOCUMENTS_RECEIVED' }, LINKS);
    expect(received.text).toContain(
      'Отписаться от писем «Документы получены»: http://localhost:3000/unsubscribe?token=v1.abc',
    );
    expect(received.html).toContain('<a href="http://localhost:3000/unsubscribe?token=v1.abc">');
    expect(received.oneClickUnsubscribe).toBe('http://localhost:3000/unsubscribe/one-click?token=v1.abc');
    const refused = statusMailMessage(
      { ...base, kind: 'APPLICATION_REFUSED', reason: 'Нет оригинала' },
      { ...LINKS, unsubscribe: null, oneClickUnsubscribe: null },
    );
    expect(refused.text).not.toContain('Отписаться');
    expect(refused).not.toHaveProperty('oneClickUnsubscribe');
    expect(refused.text).toContain('Причина: Нет оригинала');
    expect(refused.text).toContain('Что делать дальше');
  });

  it('tells the activated certificate’s login and never a password', () => {
    const mail = statusMailMessage({ ...base, kind: 'CERTIFICATE_ACTIVATED', certificateNumber: '4200000123' }, LINKS);
    expect(mail.text).toContain('Логин: 4200000123');
    expect(mail.text).toContain('Вход в личный кабинет сертификата: http://localhost:3000/navigator');
    expect(mail.text).not.toMatch(/Пароль: [A-Za-z0-9-]{6,}$/m);
  });

  it('escapes what an operator typed in the HTML part', () => {
    const mail = statusMailMessage(
      { ...base, kind: 'CERTIFICATE_FROZEN', certificateNumber: '4200000123', reason: '<b>x</b>' },
      LINKS,
    );
    expect(mail.html).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});
