import { ServiceBusyError } from '@pfdo/platform';
import { ApplicationFormData, renderApplicationFormPdf } from './application-form.pdf';
import { ApplicationFormRenderer } from './application-form.renderer';

/** The renderer's real worker threads (dist/forms/application-form.worker.js, built by `npx tsc -b`). */
const form: ApplicationFormData = {
  applicationNumber: '48213907',
  registryCode: '4216003512',
  createdAt: new Date('2025-03-04T09:30:00Z'),
  municipalityName: 'г. Новокузнецк',
  groupName: 'Дети в возрасте от 5 до 18 лет, проживающие на территории Новокузнецкого городского округа',
  child: { surname: 'Шевцова', name: 'Дарья', patronymic: 'Игоревна', birthDate: '2014-09-17' },
  document: null,
  applicant: { fullName: 'Шевцова Ольга Викторовна', email: 'olga@example.ru', phone: null, isChildHimself: false },
};

let renderer: ApplicationFormRenderer;
afterEach(() => renderer?.close());

describe('ApplicationFormRenderer', () => {
  it('renders on a worker thread the very bytes the layout gives on this one', async () => {
    renderer = new ApplicationFormRenderer({ threads: 1, queue: 4, timeoutMs: 20_000 });
    const pdf = await renderer.render(form);
    expect(Buffer.isBuffer(pdf)).toBe(true);
    expect(pdf.equals(await renderApplicationFormPdf(form))).toBe(true);
  });

  it('abandons a render past its timeout as busy, replaces its thread, and renders the next one', async () => {
    renderer = new ApplicationFormRenderer({ threads: 1, queue: 4, timeoutMs: 20_000 });
    await renderer.render(form);
    const [before] = renderer.threadIds;

    await expect(renderer.render(form, 1)).rejects.toThrow(ServiceBusyError);

    const pdf = await renderer.render(form);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(renderer.threadIds).toHaveLength(1);
    expect(renderer.threadIds[0]).not.toBe(before);
  });

  it('refuses at once a render beyond its queue, and serves those within it', async () => {
    renderer = new ApplicationFormRenderer({ threads: 1, queue: 2, timeoutMs: 20_000 });
    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => renderer.render(form)));
    // One on the thread, two waiting; the fourth and fifth are refused.
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'rejected',
      'rejected',
    ]);
    for (const outcome of outcomes.slice(3))
      expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(ServiceBusyError);
  });

  it('renders in the order asked, so that under steady load none is overtaken until it times out', async () => {
    renderer = new ApplicationFormRenderer({ threads: 1, queue: 8, timeoutMs: 60_000 });
    const finished: number[] = [];
    await Promise.all(
      Array.from({ length: 6 }, (_unused, index) => renderer.render(form).then(() => finished.push(index))),
    );
    expect(finished).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
