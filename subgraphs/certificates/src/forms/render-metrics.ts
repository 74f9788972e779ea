import { Gauge } from 'prom-client';
import { metricsRegistry } from '@pfdo/platform';

/** What a renderer reports: forms being laid out now, and forms waiting for a thread. */
export interface RenderLoad {
  readonly load: { active: number; queued: number };
}

const renderers = new Set<RenderLoad>();

/**
 * The PDF worker pool's queue, read when Prometheus scrapes: a queue that stays near its limit
 * (PDF_RENDER_QUEUE) means forms are about to be refused with SERVICE_BUSY.
 */
new Gauge({
  name: 'pfdo_pdf_render_jobs',
  help: 'Application forms being rendered (state=running) and waiting for a worker thread (state=waiting)',
  labelNames: ['state'],
  registers: [metricsRegistry],
  collect() {
    let running = 0;
    let waiting = 0;
    for (const renderer of renderers) {
      running += renderer.load.active;
      waiting += renderer.load.queued;
    }
    this.set({ state: 'running' }, running);
    this.set({ state: 'waiting' }, waiting);
  },
});

/** Counts a renderer's queue in the metrics until `unwatch` is called (when it closes). */
export function watchRenderer(renderer: RenderLoad): () => void {
  renderers.add(renderer);
  return () => renderers.delete(renderer);
}
