import { anonymous, arrangeChild, closeTestDatabase, signIn, tinyGif, tinyPng, yearsAgo } from '@pfdo/testing';
import { ADD_DOCUMENT } from './citizen-flow.support';

afterAll(closeTestDatabase);

describe('uploading a document scan', () => {
  it('accepts a PNG and a GIF, recognized by their content', async () => {
    const parent = await signIn('parent');
    const png = await parent.uploadScan(tinyPng(), 'scan.JPG');
    expect(png).toMatchObject({ status: 201, body: { contentType: 'image/png' } });
    const gif = await parent.uploadScan(tinyGif(), 'no-extension');
    expect(gif).toMatchObject({ status: 201, body: { contentType: 'image/gif' } });
  });

  it('refuses a file that is not an image, whatever its name says', async () => {
    const parent = await signIn('parent');
    const fake = await parent.uploadScan(Buffer.from('%PDF-1.7 not an image at all'), 'svidetelstvo.jpg', 'image/jpeg');
    expect(fake).toEqual({
      status: 415,
      body: {
        error: {
          code: 'UNSUPPORTED_SCAN_FORMAT',
          message: 'Неподдерживаемый формат файла. Поддерживаемые форматы .JPG, .JPEG, .PNG, .GIF',
        },
      },
    });
  });

  it('refuses a file over 10 MB', async () => {
    const parent = await signIn('parent');
    const large = Buffer.concat([tinyPng(), Buffer.alloc(10 * 1024 * 1024)]);
    const result = await parent.uploadScan(large, 'big.png');
    expect(result).toEqual({
      status: 413,
      body: { error: { code: 'SCAN_TOO_LARGE', message: 'Файл слишком большой: не более 10 МБ' } },
    });
  });

  it('refuses an empty form and an anonymous caller', async () => {
    const parent = await signIn('parent');
    const empty = await parent.http('/uploads/document-scans', { method: 'POST', body: new FormData() });
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ error: { code: 'NO_FILE' } });
    const stranger = await anonymous().uploadScan(tinyPng(), 'scan.png');
    expect(stranger).toMatchObject({ status: 401, body: { error: { code: 'UNAUTHENTICATED' } } });
  });

  it('lets a scan be attached only by the one who uploaded it, and only once', async () => {
    const parent = await signIn('parent');
    const teen = await signIn('teen');
    const child = await arrangeChild();
    const { body } = await teen.uploadScan(tinyPng(), 'scan.png');
    const input = {
      childId: child.id,
      type: 'BIRTH_CERTIFICATE',
      series: 'I-ЛО',
      number: '654321',
      issueDate: yearsAgo(1),
      issuedBy: 'ЗАГС',
      scanId: body.id,
    };
    const foreign = await parent.request(ADD_DOCUMENT, { input });
    expect(foreign.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { scanId: 'Скан не найден: загрузите файл ещё раз' },
    });

    const own = await parent.uploadScan(tinyPng(), 'scan.png');
    await parent.data(ADD_DOCUMENT, { input: { ...input, scanId: own.body.id } });
    const twice = await parent.request(ADD_DOCUMENT, { input: { ...input, scanId: own.body.id } });
    expect(twice.errors?.[0].message).toBe('Этот скан уже приложен к другому документу');
  });

  it('reports every wrong field of the document at once, in Russian', async () => {
    const parent = await signIn('parent');
    const child = await arrangeChild();
    const result = await parent.request(ADD_DOCUMENT, {
      input: {
        childId: child.id,
        type: 'PASSPORT',
        series: '12',
        number: 'abc',
        issueDate: '2099-01-01',
        issuedBy: '',
        scanId: '',
      },
    });
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        series: 'Серия паспорта: 4 цифры',
        number: 'Номер паспорта: 6 цифр',
        issueDate: 'Дата выдачи не может быть в будущем',
        issuedBy: 'Укажите, кем выдан документ',
        scanId: 'Загрузите скан или фотографию документа',
        type: 'Паспорт выдаётся с 14 лет: для ребёнка младше 14 лет добавьте свидетельство о рождении',
      },
    });
  });
});
