import { defineRule, type Finding } from './rule';
import { nameKey } from '../names/person-name';
import { presentKeys } from './support/attendance';
import { rememberLast } from './support/remember-last';

const remember = rememberLast<Finding[]>();

/**
 * CGCT L2121-20: a proxy is given by a member who does not attend. Same person means the full
 * name (two GARNIERs may sit on one council).
 */
export default defineRule({
  id: 'proxy-giver-present',
  severity: 'error',
  fields: ['attendance.proxies', 'attendance.presentNames'],
  basis: 'CGCT, art. L2121-20',
  check(record) {
    return remember([record.attendance.presentNames, record.attendance.presentNames.length, record.attendance.proxies, record.attendance.proxies.length], () => {
      const { proxies, presentNames } = record.attendance;
      const findings: Finding[] = [];
      if (proxies.length === 0 || presentNames.length === 0) return [];
      const keys = presentKeys(presentNames);
      proxies.forEach((proxy, index) => {
        const key = nameKey(proxy.from);
        if (!key.includes(' ') || !keys.has(key)) return;
        findings.push({
          rule: 'proxy-giver-present', severity: 'error', field: `attendance.proxies.${index}`,
          messageId: 'proxy-giver-present.both', data: { giver: proxy.from, holder: proxy.to },
        });
      });
      return findings;
    });
  },
});
