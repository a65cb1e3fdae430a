import { dayNumber } from './iso-date';

/**
 * Jours francs between sending the convocation and the session: they run from the day after
 * sending to the eve of the meeting, weekends and holidays included, with no extension
 * (CGCT L2121-11/12; Sénat QE 2012 n° 00343). Sent Monday, session Friday → 3 jours francs.
 * Null when either date is missing or not a real date.
 */
export function joursFrancs(sentOn: string | null | undefined, sessionOn: string | null | undefined): number | null {
  const sent = dayNumber(sentOn);
  const session = dayNumber(sessionOn);
  if (sent === null || session === null) return null;
  return session - sent - 1;
}

/** The latest date a convocation may be sent for `required` jours francs before the session. */
export function latestConvocationDate(sessionOn: string, required: number): string | null {
  const session = dayNumber(sessionOn);
  if (session === null) return null;
  return new Date((session - required - 1) * 86_400_000).toISOString().slice(0, 10);
}
