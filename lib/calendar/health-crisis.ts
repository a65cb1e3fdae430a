import { dayNumber } from './iso-date';

/**
 * The 2020–2022 health-crisis regimes for council sessions (domain.md §1): quorum one third of
 * the members in office, and two proxies per member. Data, not code, so a new source can
 * amend a window without touching the rules that use it (quorum, proxy-limit).
 */
export interface HealthCrisisWindow {
  /** first and last session day of the regime, ISO, inclusive */
  from: string;
  to: string;
  /** what counts towards the one-third quorum */
  quorumCounts: 'present' | 'present-or-represented';
  proxiesPerHolder: number;
  basis: string;
}

export const healthCrisisWindows: readonly HealthCrisisWindow[] = [
  { from: '2020-03-24', to: '2020-04-02', quorumCounts: 'present', proxiesPerHolder: 2, basis: 'loi 2020-290, art. 10' },
  { from: '2020-04-03', to: '2020-07-10', quorumCounts: 'present-or-represented', proxiesPerHolder: 2, basis: 'ordonnance 2020-391, art. 2' },
  { from: '2020-07-11', to: '2020-08-30', quorumCounts: 'present', proxiesPerHolder: 2, basis: 'loi 2020-290, art. 10 (rédaction loi 2020-760)' },
  { from: '2020-11-15', to: '2021-09-30', quorumCounts: 'present', proxiesPerHolder: 2, basis: 'loi 2020-1379, art. 6' },
  { from: '2021-11-11', to: '2022-07-31', quorumCounts: 'present', proxiesPerHolder: 2, basis: 'loi 2021-1465, art. 10' },
];

/**
 * Days where no source settled whether the regime had started (15 or 16 Nov 2020; 10, 11 or
 * 12 Nov 2021): findings that depend on the regime are only warnings there.
 */
export const uncertainHealthCrisisDays: readonly string[] = [
  '2020-11-15', '2020-11-16', '2021-11-10', '2021-11-11', '2021-11-12',
];

const windowDays = healthCrisisWindows.map((window) => ({
  window,
  from: dayNumber(window.from) as number,
  to: dayNumber(window.to) as number,
}));
const uncertainDays = new Set(uncertainHealthCrisisDays);

/** The window a session date falls in, or null (ordinary law, or date unknown). */
export function healthCrisisWindowOn(sessionDate: string | null | undefined): HealthCrisisWindow | null {
  const day = dayNumber(sessionDate);
  if (day === null) return null;
  for (const entry of windowDays) {
    if (day >= entry.from && day <= entry.to) return entry.window;
  }
  return null;
}

/** True on a day where the health-crisis regime may or may not apply. */
export function isUncertainHealthCrisisDay(sessionDate: string | null | undefined): boolean {
  return sessionDate != null && uncertainDays.has(sessionDate);
}
