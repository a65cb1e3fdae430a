import { defineRule, type Finding } from './rule';
import { healthCrisisWindowOn, isUncertainHealthCrisisDay } from '../calendar/health-crisis';
import { isMayorTitle, nameKey, nameWords } from '../names/person-name';
import { presidingName } from './support/attendance';
import { attendanceListInputs, rememberLast } from './support/remember-last';

const remember = rememberLast<Finding[]>();

/**
 * CGCT L2121-20: one proxy per holder; two in the health-crisis windows (domain.md §1).
 * Holders are grouped by full name ("M. le Maire" with the presiding mayor); a surname alone
 * may be two people, so it is not grouped with anyone else.
 */
export default defineRule({
  id: 'proxy-limit',
  severity: 'error',
  fields: ['attendance.proxies', 'session.date'],
  basis: 'CGCT, art. L2121-20 ; loi 2020-290, art. 10 ; loi 2020-1379, art. 6 ; loi 2021-1465, art. 10',
  check(record) {
    return remember([...attendanceListInputs(record), record.session.date, record.session.president, record.commune.mayor], () => {
      const proxies = record.attendance.proxies;
      if (proxies.length < 2) return [];
      const uncertainDay = isUncertainHealthCrisisDay(record.session.date);
      const window = healthCrisisWindowOn(record.session.date);
      const limit = window && !uncertainDay ? window.proxiesPerHolder : 1;
      const president = presidingName(record);
      const presidentKey = president ? nameKey(president) : null;
      const held = new Map<string, { holder: string; givers: string[] }>();
      for (const [index, proxy] of proxies.entries()) {
        let key = isMayorTitle(proxy.to) && presidentKey ? presidentKey : nameKey(proxy.to);
        if (!key) continue;
        if (!key.includes(' ') && sharedSurname(record.attendance.presentNames, key)) key = `${key}#${index}`;
        const entry = held.get(key) ?? { holder: proxy.to, givers: [] };
        entry.givers.push(proxy.from);
        held.set(key, entry);
      }
      const findings: Finding[] = [];
      for (const { holder, givers } of held.values()) {
        if (givers.length <= limit) continue;
        // On an uncertain day, two proxies are lawful if the regime had started: a warning only.
        const severity = uncertainDay && givers.length <= 2 ? 'warning' : 'error';
        findings.push({
          rule: 'proxy-limit', severity, field: 'attendance.proxies',
          messageId: limit === 1 ? (severity === 'warning' ? 'proxy-limit.uncertainDay' : 'proxy-limit.one') : 'proxy-limit.crisis',
          data: { holder, count: givers.length, givers: givers.join(', '), limit },
        });
      }
      return findings;
    });
  },
});

function sharedSurname(presentNames: readonly string[], word: string): boolean {
  let holders = 0;
  for (const name of presentNames) if (nameWords(name).includes(word)) holders++;
  return holders > 1;
}
