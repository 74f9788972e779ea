import { ServiceBusyError } from '@pfdo/platform';
import path from 'node:path';
import { Piscina } from 'piscina';
import type { ApplicationFormData } from './application-form.pdf';

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
 */
export class ApplicationFormRenderer {
  private readonly pool: Piscina<ApplicationFormData, Uint8Array>;

  constructor(private readonly options: FormRendererOptions) {
    this.pool = new Piscina({
      filename: workerFile(),
      minThreads: options.threads,
      maxThreads: options.threads,
      maxQueue: options.queue,
      // A form needs a few tens of MB; a thread that wants far more is stopped rather than the process.
      resourceLimits: { maxOldGenerationSizeMb: 256 },
    });
  }

  async render(data: ApplicationFormData, timeoutMs = this.options.timeoutMs): Promise<Buffer> {
    // Piscina does not hold tasks that carry an AbortSignal to maxQueue (they wait in a queue of their own,
    // piscinajs/piscina#899), so the bound is checked here, on the size Piscina reports.
    if (this.pool.queueSize >= this.options.queue) throw new ServiceBusyError('too many application forms waiting to be rendered');
    try {
      const bytes = await this.pool.run(data, { signal: AbortSignal.timeout(timeoutMs) });
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') {
        throw new ServiceBusyError(`the application form was not rendered within ${timeoutMs} ms`);
      }
      throw error;
    }
  }

  /** The worker threads now running, by id: a thread stopped after an overrun is replaced by another. */
  get threadIds(): number[] {
    return this.pool.threads.map((thread) => thread.threadId);
  }

  close(): Promise<void> {
    return this.pool.close({ force: true });
  }
}
