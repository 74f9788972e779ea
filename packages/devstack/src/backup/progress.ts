/**
 * What a backup or a restore tells the person waiting for it: a line per step, and for a long step its
 * passing state (rows, megabytes), redrawn in place on a terminal and printed every few seconds otherwise.
 */
export interface Progress {
  line(message: string): void;
  tick(message: string): void;
}

export function terminalProgress(stream: NodeJS.WriteStream = process.stdout): Progress {
  const interactive = Boolean(stream.isTTY);
  const interval = interactive ? 250 : 10_000;
  let lastTick = 0;
  let shown = false;
  const clear = () => {
    if (shown) stream.write('\r\x1b[2K');
    shown = false;
  };
  return {
    line(message) {
      clear();
      stream.write(`${message}\n`);
      lastTick = Date.now();
    },
    tick(message) {
      const now = Date.now();
      if (now - lastTick < interval) return;
      lastTick = now;
      if (interactive) {
        clear();
        stream.write(message.slice(0, (stream.columns || 120) - 1));
        shown = true;
      } else {
        stream.write(`${message}\n`);
      }
    },
  };
}

/** Progress as log lines (the scheduled backup inside `npm start`): steps only, ticks every 30 s. */
export function logProgress(log: (message: string) => void): Progress {
  let lastTick = Date.now();
  return {
    line: log,
    tick(message) {
      if (Date.now() - lastTick < 30_000) return;
      lastTick = Date.now();
      log(message);
    },
  };
}

export const silentProgress: Progress = { line: () => undefined, tick: () => undefined };

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} МБ`;
}

export function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} с`;
}

export function count(value: number): string {
  return value.toLocaleString('ru-RU');
}

/** «1 строка», «3 строки», «5 строк». */
export function plural(value: number, one: string, few: string, many: string): string {
  const tens = value % 100;
  const units = value % 10;
  const word = tens >= 11 && tens <= 14 ? many : units === 1 ? one : units >= 2 && units <= 4 ? few : many;
  return `${count(value)} ${word}`;
}

export const rows = (value: number) => plural(value, 'строка', 'строки', 'строк');
export const scans = (value: number) => plural(value, 'скан', 'скана', 'сканов');
