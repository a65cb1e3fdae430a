import type { CouncilRecord } from '../../record/schema';

/**
 * Remembers the last result for the same inputs (compared with ===). The draft updates the
 * record immutably with structural sharing (lib/draft/draft-model.ts): a keystroke in another
 * field keeps these inputs identical, so the name-heavy rules do not redo their work on every
 * keystroke. List lengths are part of the inputs so that a list grown in place is not missed.
 */
export function rememberLast<T>(): (inputs: readonly unknown[], compute: () => T) => T {
  let lastInputs: readonly unknown[] | null = null;
  let last: T | undefined;
  return (inputs, compute) => {
    const previous = lastInputs;
    if (previous !== null && previous.length === inputs.length && inputs.every((value, i) => value === previous[i])) {
      return last as T;
    }
    last = compute();
    lastInputs = inputs;
    return last;
  };
}

/** The name lists of the attendance block, with their lengths: the inputs the name-heavy rules share. */
export function attendanceListInputs(record: CouncilRecord): unknown[] {
  const { presentNames, proxies, absentNames } = record.attendance;
  return [presentNames, presentNames.length, proxies, proxies.length, absentNames, absentNames.length];
}
