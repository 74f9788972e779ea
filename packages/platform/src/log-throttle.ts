import { logger } from './logger';

/**
 * One line per kind of failure per interval. During an outage every request and every retry meets the same
 * failure; logging each (with its stack) buried the one line that mattered under thousands. The first
 * occurrence of a kind is written at once; the ones that follow within the interval are counted, and the
 * count is written when the interval ends («…repeated 57 times in the last 30 s»). A kind that stays quiet
 * for a whole interval is forgotten, so its next occurrence is written at once again.
 */
export type LogLevel = 'info' | 'warn' | 'error';

export interface LogThrottleOptions {
  /** 30 s: an incident shows in the log at once, and then as at most two lines a minute per kind. */
  intervalMs?: number;
  write?: (level: LogLevel, line: string) => void;
}

interface OpenInterval {
  level: LogLevel;
  line: string;
  repeated: number;
  timer: NodeJS.Timeout;
}

/** Writes through the process's logger (logger.ts): one JSON line, with the request id of the work. */
export const logWrite = (level: LogLevel, line: string): void => {
  logger[level](line);
};

export class LogThrottle {
  private readonly open = new Map<string, OpenInterval>();
  private readonly intervalMs: number;
  private readonly write: (level: LogLevel, line: string) => void;

  constructor(options: LogThrottleOptions = {}) {
    this.intervalMs = options.intervalMs ?? 30_000;
    this.write = options.write ?? logWrite;
  }

  /** Writes `line` (made single-line) unless a line of this kind was written within the interval. */
  log(kind: string, line: string, level: LogLevel = 'error'): void {
    const single = line.replace(/\s*\n\s*/g, ' ');
    const current = this.open.get(kind);
    if (current) {
      current.repeated += 1;
      current.line = single;
      return;
    }
    this.write(level, single);
    this.start(kind, level, single);
  }

  /** Writes the counts not written yet, e.g. before the process stops. */
  flush(): void {
    for (const kind of [...this.open.keys()]) this.close(kind, false);
  }

  private start(kind: string, level: LogLevel, line: string): void {
    const timer = setTimeout(() => this.close(kind, true), this.intervalMs);
    timer.unref();
    this.open.set(kind, { level, line, repeated: 0, timer });
  }

  private close(kind: string, reopen: boolean): void {
    const interval = this.open.get(kind);
    if (!interval) return;
    clearTimeout(interval.timer);
    this.open.delete(kind);
    if (interval.repeated === 0) return;
    const seconds = Math.round(this.intervalMs / 1000);
    const times = interval.repeated === 1 ? 'time' : 'times';
    this.write(interval.level, `${interval.line} …repeated ${interval.repeated} ${times} in the last ${seconds} s`);
    // Still happening: the next interval counts again, rather than writing its first occurrence at once.
    if (reopen) this.start(kind, interval.level, interval.line);
  }
}

/** The process's throttle, shared by the database logger, error masking, the outbox relay and the gateway. */
export const logThrottle = new LogThrottle();
