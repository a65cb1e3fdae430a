import { defineRule, type Finding } from './rule';
import { samePerson } from '../names/person-name';

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
    const { proxies, presentNames } = record.attendance;
    const findings: Finding[] = [];
    proxies.forEach((proxy, index) => {
      const present = presentNames.find((name) => samePerson(name, proxy.from));
      if (present === undefined) return;
      findings.push({
        rule: 'proxy-giver-present', severity: 'error', field: `attendance.proxies.${index}`,
        messageId: 'proxy-giver-present.both', data: { giver: proxy.from, holder: proxy.to },
      });
    });
    return findings;
  },
});
