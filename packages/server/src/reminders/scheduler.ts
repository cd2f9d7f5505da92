import { type ReminderOptions, type ReminderRunSummary, runReminders } from './run';

/** Tùy chọn bộ hẹn giờ nhắc hạn — options of {@link startReminders}. */
export interface ReminderSchedulerOptions extends ReminderOptions {
  /** Time between passes (default 10 minutes). A pass also runs at start. */
  intervalMs?: number;
  /** Called after each pass. */
  onRun?: (summary: ReminderRunSummary) => void;
  /** Called when a pass fails (e.g. the database is down); the next pass runs as planned. */
  onError?: (error: unknown) => void;
}

/** Bộ hẹn giờ nhắc hạn — a running scheduler. */
export interface ReminderScheduler {
  /** Runs a pass now (after the one in progress, if any). */
  runNow(): Promise<ReminderRunSummary | undefined>;
  /** Stops the timer and waits for the pass in progress. */
  stop(): Promise<void>;
}

/**
 * Chạy nhắc hạn định kỳ — runs {@link runReminders} at start and then every
 * `intervalMs`, one pass at a time; the timer does not keep the process alive.
 * Several processes may run it on one database: each reminder is claimed there.
 * @param options - reminder options, interval, callbacks
 * @returns the scheduler
 */
export function startReminders(options: ReminderSchedulerOptions): ReminderScheduler {
  const interval = Math.max(1000, options.intervalMs ?? 10 * 60_000);
  let running: Promise<ReminderRunSummary | undefined> = Promise.resolve(undefined);
  let stopped = false;
  const pass = (): Promise<ReminderRunSummary | undefined> => {
    running = running.then(async () => {
      if (stopped) return undefined;
      try {
        const summary = await runReminders(options);
        options.onRun?.(summary);
        return summary;
      } catch (e) {
        options.onError?.(e);
        return undefined;
      }
    });
    return running;
  };
  void pass();
  const timer = setInterval(() => void pass(), interval);
  timer.unref?.();
  return {
    runNow: pass,
    async stop() {
      clearInterval(timer);
      stopped = true;
      await running;
    },
  };
}
