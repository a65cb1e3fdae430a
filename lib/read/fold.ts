import { patterns } from '../patterns';

/** Strips accents (é → e, Ç → C) so comparisons and table look-ups ignore them. */
export function foldAccents(s: string): string {
  return s.normalize('NFD').replace(patterns.combiningMarks, '');
}

/** Upper-case, accent-free, single-spaced key for comparing names and labels. */
export function foldKey(s: string): string {
  return foldAccents(s).toUpperCase().replace(patterns.nonAlphanumericRun, ' ').trim();
}
