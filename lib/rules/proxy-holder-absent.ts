import { defineRule, type Finding } from './rule';
import { samePerson } from '../names/person-name';
import { mayBePresent, presentListComplete } from './support/attendance';
import { attendanceListInputs, rememberLast } from './support/remember-last';

const remember = rememberLast<Finding[]>();

/**
 * CGCT L2121-20: a proxy is given to a colleague who attends. The presiding mayor attends even
 * when the list leaves them out; a surname alone matching someone present is given the benefit
 * of the doubt. Against an incomplete list of those present, only a warning.
 */
export default defineRule({
  id: 'proxy-holder-absent',
  severity: 'error',
  fields: ['attendance.proxies', 'attendance.presentNames'],
  basis: 'CGCT, art. L2121-20',
  check(record) {
    return remember([...attendanceListInputs(record), record.attendance.present, record.session.president, record.commune.mayor], () => {
      const { proxies, presentNames, absentNames } = record.attendance;
      if (proxies.length === 0 || presentNames.length === 0) return [];
      const listComplete = presentListComplete(record);
      const findings: Finding[] = [];
      proxies.forEach((proxy, index) => {
        if (!proxy.to.trim() || mayBePresent(record, proxy.to)) return;
        const listedAway =
          absentNames.some((name) => samePerson(name, proxy.to)) || proxies.some((other) => samePerson(other.from, proxy.to));
        findings.push({
          rule: 'proxy-holder-absent', severity: listComplete || listedAway ? 'error' : 'warning',
          field: `attendance.proxies.${index}`,
          messageId: listedAway ? 'proxy-holder-absent.listedAway' : 'proxy-holder-absent.notListed',
          data: { holder: proxy.to, giver: proxy.from },
        });
      });
      return findings;
    });
  },
});
