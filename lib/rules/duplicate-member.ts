import { defineRule, type Finding } from './rule';
import { nameKey } from '../names/person-name';
import { attendanceListInputs, rememberLast } from './support/remember-last';

const remember = rememberLast<Finding[]>();

type Role = 'présent' | 'représenté' | 'absent';

/**
 * The same person (full name, any order) listed twice: twice present, present and absent,
 * absent and represented… Present and giving a proxy is proxy-giver-present's, not repeated here.
 */
export default defineRule({
  id: 'duplicate-member',
  severity: 'warning',
  fields: ['attendance.presentNames', 'attendance.absentNames', 'attendance.proxies'],
  basis: 'registre des délibérations',
  check(record) {
    return remember(attendanceListInputs(record), () => {
      const { presentNames, absentNames, proxies } = record.attendance;
      const seen = new Map<string, { name: string; roles: Role[] }>();
      const note = (name: string, role: Role): void => {
        const key = nameKey(name);
        if (!key.includes(' ')) return;
        const entry = seen.get(key);
        if (entry) entry.roles.push(role);
        else seen.set(key, { name, roles: [role] });
      };
      for (const name of presentNames) note(name, 'présent');
      for (const proxy of proxies) note(proxy.from, 'représenté');
      for (const name of absentNames) note(name, 'absent');
      const findings: Finding[] = [];
      for (const { name, roles } of seen.values()) {
        if (roles.length < 2) continue;
        if (roles.length === 2 && roles.includes('présent') && roles.includes('représenté')) continue;
        findings.push({
          rule: 'duplicate-member', severity: 'warning', field: 'attendance.presentNames',
          messageId: 'duplicate-member.twice', data: { name, roles: roles.join(', '), count: roles.length },
        });
      }
      return findings;
    });
  },
});
