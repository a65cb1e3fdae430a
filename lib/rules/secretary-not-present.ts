import { defineRule } from './rule';
import { samePerson } from '../names/person-name';
import { mayBePresent, presentListComplete } from './support/attendance';

/**
 * CGCT L2121-15: the secretary is chosen among the members attending. Judged only when they
 * are listed away, or the list of those present is complete.
 */
export default defineRule({
  id: 'secretary-not-present',
  severity: 'warning',
  fields: ['session.secretary', 'attendance.presentNames'],
  basis: 'CGCT, art. L2121-15',
  check(record) {
    const secretary = record.session.secretary;
    const { presentNames, absentNames, proxies } = record.attendance;
    if (!secretary || presentNames.length === 0 || mayBePresent(record, secretary)) return [];
    const listedAway = absentNames.some((name) => samePerson(name, secretary)) || proxies.some((proxy) => samePerson(proxy.from, secretary));
    if (!listedAway && !presentListComplete(record)) return [];
    return [{
      rule: 'secretary-not-present', severity: 'warning', field: 'session.secretary',
      messageId: listedAway ? 'secretary-not-present.listedAway' : 'secretary-not-present.notListed', data: { secretary },
    }];
  },
});
