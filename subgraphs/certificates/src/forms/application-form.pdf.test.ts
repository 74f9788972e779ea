import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfQrCodes } from '@pfdo/testing';
import { ApplicationFormData, renderApplicationFormPdf } from './application-form.pdf';

/** Reads the rendered PDF back the way a person or a search index would: with poppler's tools. */
interface ReadBack {
  info: string;
  /** The whole text with runs of whitespace collapsed, so wrapped lines read as one sentence. */
  text: string;
  layout: string;
  pages: string[];
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pfdo-form-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function renderAndRead(data: ApplicationFormData): Promise<ReadBack> {
  const file = join(dir, `${data.applicationNumber}-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, await renderApplicationFormPdf(data));
  const layout = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return {
    info: execFileSync('pdfinfo', [file], { encoding: 'utf8' }),
    layout,
    text: layout.replace(/\s+/g, ' '),
    pages: layout.split('\f').map((page) => page.replace(/\s+/g, ' ').trim()),
  };
}

const parentApplication: ApplicationFormData = {
  applicationNumber: '48213907',
  registryCode: '4216003512',
  // 19:30 UTC is already the next day in Kemerovo oblast (UTC+7).
  createdAt: new Date('2025-03-04T19:30:00Z'),
  municipalityName: 'г. Новокузнецк',
  groupName: 'Дети в возрасте от 5 до 18 лет, проживающие на территории Новокузнецкого городского округа',
  child: { surname: 'Шевцова', name: 'Дарья', patronymic: 'Игоревна', birthDate: '2014-09-17' },
  document: {
    typeName: 'Свидетельство о рождении',
    series: 'II-ЛО',
    number: '654321',
    issueDate: '2014-10-01',
    issuedBy: 'Отдел ЗАГС Центрального района г. Новокузнецка',
  },
  applicant: {
    fullName: 'Шевцова Ольга Викторовна',
    email: 'olga@example.ru',
    phone: '+7 905 123-45-67',
    isChildHimself: false,
  },
  organizationName: 'МАУ ДО «ДЮЦ «Орион»», ул. Кутузова 5А, каб. 100',
  registryLink: 'https://pfdo.example.ru/registry/applications/48213907',
};

const teenApplyingHimself: ApplicationFormData = {
  ...parentApplication,
  applicationNumber: '70315528',
  registryCode: '',
  child: { surname: 'Котов', name: 'Артём', patronymic: '', birthDate: '2010-05-02' },
  document: null,
  applicant: { fullName: 'Котов Артём', email: 'artem@example.ru', phone: null, isChildHimself: true },
  organizationName: null,
  registryLink: null,
};

describe('renderApplicationFormPdf', () => {
  it('prints a parent’s application, the tear-off slip and the consent on A4 with Cyrillic text', async () => {
    const pdf = await renderAndRead(parentApplication);

    expect(pdf.info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(pdf.info).toMatch(/Pages:\s+2\n/);
    expect(pdf.info).toMatch(/Title:\s+Заявление № 48213907\n/);
    expect(pdf.info).toMatch(/Author:\s+ПФДО Кемеровской области\n/);

    const { text } = pdf;
    expect(text).toContain('ДОПОЛНИТЕЛЬНОГО ОБРАЗОВАНИЯ № 48213907');
    expect(text).toContain('Заявка № 48213907 от 05.03.2025');
    expect(text).toContain('Реестровый код (номер сертификата): 4216003512');
    expect(text).toContain(
      'Прошу зарегистрировать указанного ниже ребенка, родителем (законным представителем) которого я являюсь, ' +
        'в реестре сертификатов дополнительного образования Кемеровской области, реестровый код № 4216003512.',
    );
    expect(text).toContain('Шевцова Дарья Игоревна');
    expect(text).toContain('17.09.2014');
    expect(text).toContain('Свидетельство о рождении, серия II-ЛО');
    expect(text).toContain('654321');
    expect(text).toContain(parentApplication.groupName);
    expect(text).toContain('Шевцова Ольга Викторовна');
    expect(text).toContain('olga@example.ru');
    expect(text).toContain('+7 905 123-45-67');
    expect(text).toContain('персональных данных ребенка Шевцова Дарья Игоревна, 17.09.2014 г. р., родителем');
    expect(text).toContain('№ 152-ФЗ «О персональных данных»');
    expect(pdf.layout.match(/«___» _+ 20__ г\./g)).toHaveLength(4);
    expect(pdf.layout.match(/_{10,} \/ _{10,} \//g)).toHaveLength(4);
  });

  it('keeps the tear-off slip on the application’s page and starts the consent on the next, as the portal’s form does', async () => {
    const { pages } = await renderAndRead(parentApplication);

    expect(pages[0]).toContain('линия отреза Отрывной талон');
    expect(pages[0]).toContain(
      'Заявление о предоставлении сертификата дополнительного образования № 48213907 принято.',
    );
    expect(pages[0]).toContain('Ребенок: Шевцова Дарья Игоревна, 17.09.2014 г. р.');
    expect(pages[0]).toContain('Организация по приему заявлений: МАУ ДО «ДЮЦ «Орион»»');
    expect(pages[0]).toContain('Дата приема заявления: «___»');
    expect(pages[0]).not.toContain('СОГЛАСИЕ НА ОБРАБОТКУ ПЕРСОНАЛЬНЫХ ДАННЫХ');
    expect(pages[1].startsWith('СОГЛАСИЕ НА ОБРАБОТКУ ПЕРСОНАЛЬНЫХ ДАННЫХ Я, Шевцова Ольга Викторовна,')).toBe(true);
  });

  it('reads as the child applying for himself when he is the applicant, with blanks for what is not known yet', async () => {
    const pdf = await renderAndRead(teenApplyingHimself);
    const { text } = pdf;

    expect(pdf.info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(text).toContain(
      'Прошу зарегистрировать меня в реестре сертификатов дополнительного образования Кемеровской области.',
    );
    expect(text).not.toContain('родителем (законным представителем)');
    expect(text).toContain('Реестровый код (номер сертификата): не присвоен');
    expect(text).not.toContain('реестровый код №');
    expect(pdf.layout).toMatch(/Документ, удостоверяющий личность\s+_{20,}/);
    expect(text).toContain('ребенок, достигший 14 лет, подает заявление самостоятельно');
    expect(text).toContain('Ребенок: Котов Артём, 02.05.2010 г. р.');
    expect(text).toContain(
      'Я, Котов Артём, 02.05.2010 г. р., контактные данные: эл. почта: artem@example.ru, проживающий(ая)',
    );
    expect(text).toContain('даю свое согласие на обработку моих персональных данных, указанных в заявлении');
    expect(text).toContain('№ 70315528');
    expect(text).toContain('Отрывной талон');
    expect(text).toContain('СОГЛАСИЕ НА ОБРАБОТКУ ПЕРСОНАЛЬНЫХ ДАННЫХ');
  });

  it('prints a QR code that opens the application in the registry cabinet, with its link written out beside it', async () => {
    const pdf = await renderApplicationFormPdf(parentApplication);
    const { pages } = await renderAndRead(parentApplication);

    // Read off the rasterized page, as an office scanner (150 dpi) or a phone would: only the first page has one.
    expect(pdfQrCodes(pdf)).toEqual(['https://pfdo.example.ru/registry/applications/48213907', null]);
    expect(pages[0]).toContain(
      'QR-код в начале заявления открывает эту заявку в личном кабинете организации по приему заявлений ' +
        '(после входа, при наличии прав на заявку), номер вводить не нужно. ' +
        'Ссылка QR-кода: https://pfdo.example.ru/registry/applications/48213907',
    );
    // A form without a link (none configured) has neither the code nor its note.
    const plain = await renderApplicationFormPdf(teenApplyingHimself);
    expect(pdfQrCodes(plain)).toEqual([null, null]);
    expect((await renderAndRead(teenApplyingHimself)).text).not.toContain('QR-код');
  });

  it('renders the same bytes for the same data, whatever the moment of rendering', async () => {
    const first = await renderApplicationFormPdf(parentApplication);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await renderApplicationFormPdf(parentApplication);

    expect(first.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(second.equals(first)).toBe(true);
  });

  it('cuts a field longer than its box holds, so that no stored value makes the layout slow', async () => {
    // 10 000 letters without a space: PDFKit breaks such a word letter by letter, for seconds per field.
    const endless = 'Ж'.repeat(10_000);
    const pdf = await renderAndRead({
      ...parentApplication,
      applicant: { ...parentApplication.applicant, fullName: endless },
      child: { ...parentApplication.child, surname: endless },
      document: { ...parentApplication.document!, issuedBy: endless },
    });

    // The applicant’s name and the child’s surname are printed several times, the issuer once: each cut.
    expect(pdf.text.match(/Ж/g)!.length).toBeLessThanOrEqual(300 * 2 + 100 * 4 + 300);
    expect(pdf.text.match(/Ж…/g)?.length).toBeGreaterThanOrEqual(3);
    expect(pdf.text).toContain('olga@example.ru');
    expect(pdf.text).toContain('№ 152-ФЗ «О персональных данных»');
  });
});
