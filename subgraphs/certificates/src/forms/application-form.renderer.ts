import path from 'node:path';
import { Piscina } from 'piscina';
import { BoundedQueue, ServiceBusyError } from '@pfdo/platform';
import type { ApplicationFormData } from './application-form.pdf';
import type { CertificateExtractData } from './certificate-extract.pdf';

/** What the worker threads lay out: an application form, or a certificate extract. */
export type RenderedDocument = ApplicationFormData | CertificateExtractData;
import { watchRenderer } from './render-metrics';

export interface FormRendererOptions {
  /** Worker threads laying out forms at once. */
  threads: number;
  /** Renders that may wait for a thread; one more is refused at once. */
  queue: number;
  /** The longest a render may take, its wait for a thread included; then it is abandoned and its thread replaced. */
  timeoutMs: number;
}

/** The compiled worker beside this file; run from the TypeScript sources (jest), the one `tsc -b` built. */
function workerFile(): string {
  const dir = __filename.endsWith('.ts') ? path.resolve(__dirname, '../../dist/forms') : __dirname;
  return path.join(dir, 'application-form.worker.js');
}

/**
 * Lays out application forms on a few worker threads, never on the thread that serves requests: a form
 * costs tens of milliseconds of CPU, and a request thread busy with one serves no one else meanwhile.
 * Beyond the queue, or past the timeout, a render is refused with ServiceBusyError (SERVICE_BUSY); a
 * render that overran is stopped by terminating its thread, and Piscina starts a fresh one.
 *
 * Renders wait in a BoundedQueue of their own, in order, and reach Piscina only when a thread is free:
 * Piscina keeps tasks that carry an AbortSignal in a queue of its own that neither keeps their order nor
 * holds them to maxQueue (piscinajs/piscina#899), so under steady load a render could be overtaken until
 * it timed out.
 */
export class ApplicationFormRenderer {
  private readonly pool: Piscina<RenderedDocument, Uint8Array>;
  private readonly waiting: BoundedQueue;
  private readonly unwatch: () => void;

  constructor(private readonly options: FormRendererOptions) {
    this.pool = new Piscina({
      filename: workerFile(),
      minThreads: options.threads,
      maxThreads: options.threads,
      // A form needs a few tens of MB; a thread that wants far more is stopped rather than the process.
      resourceLimits: { maxOldGenerationSizeMb: 256 },
    });
    this.waiting = new BoundedQueue(
      options.threads,
      options.queue,
      'too many application forms waiting to be rendered',
    );
    this.unwatch = watchRenderer(this.waiting);
  }

  async render(data: RenderedDocument, timeoutMs = this.options.timeoutMs): Promise<Buffer> {
    const late = () => new ServiceBusyError(`the application form was not rendered within ${timeoutMs} ms`);
    const signal = AbortSignal.timeout(timeoutMs);
    // Aborted while it waits, the render reaches Piscina already aborted and is dropped there at once.
    const rendered = this.waiting.run(() => this.pool.run(data, { signal }));
    let onAbort = () => undefined as void;
    const abandoned = new Promise<never>((_resolve, reject) => {
      onAbort = () => reject(late());
      signal.addEventListener('abort', onAbort, { once: true });
    });
    rendered.catch(() => undefined);
    abandoned.catch(() => undefined);
    try {
      const bytes = await Promise.race([rendered, abandoned]);
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') throw late();
      throw error;
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  }

  /** The worker threads now running, by id: a thread stopped after an overrun is replaced by another. */
  get threadIds(): number[] {
    return this.pool.threads.map((thread) => thread.threadId);
  }

  close(): Promise<void> {
    this.unwatch();
    return this.pool.close({ force: true });
  }
}
