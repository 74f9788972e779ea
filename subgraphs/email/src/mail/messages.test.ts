import { certificateExtractMessage, confirmationMessage, organizationApplicationMessage } from './messages';

describe('the e-mail confirmation letter', () => {
  const link = 'https://pfdo.example.ru/cabinet/confirm-email?token=abc&x=<y>';
  const message = confirmationMessage('parent@example.ru', '12345678', link, '03.12.2026, 10:00');

  it('has the subject the citizen portal uses, and the link in its text as it is', () => {
    expect(message.to).toBe('parent@example.ru');
    expect(message.subject).toBe('Заявка на сертификат ПДО. Подтверждение электронной почты');
    expect(message.text).toContain('Для подтверждения адреса электронной почты перейдите по ссылке:');
    expect(message.text).toContain(`\n${link}\n`);
    expect(message.text).toContain('заявку № 12345678');
    expect(message.text).toContain('Ссылка действует до 03.12.2026, 10:00');
  });

  it('escapes the link and the number in its HTML', () => {
    expect(message.html).toContain('href="https://pfdo.example.ru/cabinet/confirm-email?token=abc&amp;x=&lt;y&gt;"');
    expect(message.html).not.toContain('<y>');
  });

  it('has no attachments', () => {
    expect(message.attachments).toBeUndefined();
  });
});

describe("the reception organization's letter about its new application", () => {
  const message = organizationApplicationMessage({
    to: 'org@demo.ru',
    organizationName: 'МАУ ДО «ДЮЦ «Орион»',
    applicationNumber: '87654321',
    childFullName: 'Иванов <b>Артём</b> Андреевич',
    navigatorLogin: '1234567890',
    navigatorPassword: 'abcDEF2345',
    formPdfBase64: 'JVBERi0xLjc=',
  });

  it("carries the application's number, the cabinet's login and password", () => {
    expect(message.to).toBe('org@demo.ru');
    expect(message.subject).toBe('Заявка на сертификат ПДО № 87654321');
    expect(message.text).toContain('Логин: 1234567890');
    expect(message.text).toContain('Пароль: abcDEF2345');
  });

  it('attaches the filled form as a PDF named by the number', () => {
    expect(message.attachments).toEqual([
      { filename: 'zayavlenie-87654321.pdf', contentType: 'application/pdf', content: 'JVBERi0xLjc=' },
    ]);
  });

  it('escapes what was typed into a form in its HTML', () => {
    expect(message.html).toContain('Иванов &lt;b&gt;Артём&lt;/b&gt; Андреевич');
    expect(message.html).not.toContain('<b>');
  });
});

describe('the new extract sent to the representative', () => {
  const message = certificateExtractMessage(
    {
      to: 'parent@example.ru',
      number: '4200000123',
      childFullName: 'Иванова <Софья>',
      extractPdfBase64: Buffer.from('%PDF-1.7').toString('base64'),
    },
    'https://pfdo42.example/navigator',
  );

  it('names the certificate, the sign-in page and the login, never a password', () => {
    expect(message.subject).toBe('Выписка из реестра сертификатов № 4200000123');
    expect(message.text).toContain('Вход в личный кабинет сертификата: https://pfdo42.example/navigator');
    expect(message.text).toContain('Логин: 4200000123');
    expect(message.text).toContain('Пароль: указан в выписке.');
    expect(message.html).toContain('<a href="https://pfdo42.example/navigator">');
    expect(message.html).toContain('Иванова &lt;Софья&gt;');
  });

  it('attaches the extract as a PDF named by the number', () => {
    expect(message.attachments).toEqual([
      { filename: 'vypiska-4200000123.pdf', contentType: 'application/pdf', content: 'JVBERi0xLjc=' },
    ]);
  });
});
