/**
 * The rules (with their French and English messages) weigh about 22 kB gzip: the panel paints
 * first and loads them right after, then every keystroke runs them synchronously.
 */
import { signal, type ReadonlySignal } from '@preact/signals-core';
import type { RecordChecker } from './draft-model';

const loaded = signal<RecordChecker | null>(null);
let loading: Promise<RecordChecker> | null = null;

export const loadedRules: ReadonlySignal<RecordChecker | null> = loaded;

export function loadRules(): Promise<RecordChecker> {
  loading ??= import('../rules/index').then((rules) => {
    const check: RecordChecker = (record, context, lang) => rules.checkRecord(record, context, lang);
    loaded.value = check;
    return check;
  });
  return loading;
}
