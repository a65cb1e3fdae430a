/**
 * Proxies (procurations, pouvoirs) in every phrasing councils print: "X à Y", tab-separated
 * "X\tà\tY", "X a donné procuration à Y", "X, Conseiller Municipal, ayant donné procuration à
 * M. Y, Adjoint ;", "X (procuration à Y)", "pouvoir de X à Y", "X représenté(e) par Y".
 */
import type { Proxy } from '../record/schema';
import { patterns } from '../patterns';
import { cleanPersonName, type ListItem } from './person-names';

/** Stands for "M. le Maire" as a holder until the mayor's name is known (resolveMayorProxies). */
export const THE_MAYOR = '\u0000maire';

/** Replaces "M. le Maire" holders by the mayor's (or president's) name; drops them when unknown. */
export function resolveMayorProxies(proxies: Proxy[], mayor: string | null): Proxy[] {
  return proxies.flatMap((p) => (p.to !== THE_MAYOR ? [p] : mayor ? [{ from: p.from, to: mayor }] : []));
}

export interface ProxyFound extends Proxy {
  start: number;
  end: number;
}

export interface ListReading {
  proxies: ProxyFound[];
  /** names that gave no proxy */
  names: Array<{ name: string; start: number; end: number }>;
}

/**
 * Reads list items in order. `bareForm` allows "X à Y" (only in a list labelled as proxies,
 * where "à" can mean nothing else).
 */
export function readListItems(items: ListItem[], bareForm: boolean): ListReading {
  const proxies: ProxyFound[] = [];
  const names: ListReading['names'] = [];
  let pending: { name: string; start: number; end: number } | null = null;
  const flush = () => {
    if (pending) names.push(pending);
    pending = null;
  };
  const addProxy = (fromRaw: string, toRaw: string, start: number, end: number): boolean => {
    const from = cleanPersonName(fromRaw);
    const to = cleanPersonName(toRaw) ?? (patterns.theMayor.test(toRaw.trim()) ? THE_MAYOR : null);
    if (!from || !to) return false;
    proxies.push({ from, to, start, end });
    return true;
  };
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const t = item.text;
    const whole = patterns.proxyInParentheses.exec(t) ?? patterns.proxyGave.exec(t) ?? patterns.proxyOf.exec(t) ?? patterns.proxyRepresentedBy.exec(t);
    if (whole && addProxy(whole[1]!, whole[2]!, item.start, item.end)) {
      flush();
      continue;
    }
    const tail = patterns.proxyGaveTail.exec(t);
    if (tail && pending) {
      const giver: { name: string; start: number } = pending;
      pending = null;
      if (addProxy(giver.name, tail[1]!, giver.start, item.end)) continue;
    }
    if (bareForm) {
      const next = items[i + 1];
      if (patterns.proxyArrowCell.test(t) && pending && next) {
        const giver: { name: string; start: number } = pending;
        pending = null;
        if (addProxy(giver.name, next.text, giver.start, next.end)) {
          i++;
          continue;
        }
      }
      const bare = patterns.proxyBare.exec(t);
      if (bare && addProxy(bare[1]!, bare[2]!, item.start, item.end)) {
        flush();
        continue;
      }
    }
    const name = cleanPersonName(t);
    if (!name) continue; // a role ("Conseiller Municipal") between a name and its proxy phrase
    flush();
    pending = { name, start: item.start, end: item.end };
  }
  flush();
  return { proxies, names };
}
