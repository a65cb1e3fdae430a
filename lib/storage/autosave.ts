/**
 * Debounced saving: a burst of keystrokes writes once, at most `delayMs` after the last one
 * (the brief's budget is 500 ms). `flush()` writes now (panel closing, draft switch).
 */
export interface Autosave {
  schedule(): void;
  flush(): Promise<void>;
  /** a save is waiting or running */
  readonly pending: boolean;
  cancel(): void;
}

export function createAutosave(save: () => Promise<void>, delayMs = 400, onError?: (error: unknown) => void): Autosave {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;

  async function run(): Promise<void> {
    timer = null;
    // One write at a time: a save requested while one runs follows it.
    if (running) await running.catch(() => undefined);
    running = save().catch((error: unknown) => onError?.(error));
    try {
      await running;
    } finally {
      running = null;
    }
  }

  return {
    schedule() {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => void run(), delayMs);
    },
    async flush() {
      if (timer !== null) {
        clearTimeout(timer);
        await run();
      } else if (running) await running;
    },
    get pending() {
      return timer !== null || running !== null;
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
