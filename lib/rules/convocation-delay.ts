import { defineRule, type Severity } from './rule';
import { joursFrancs } from '../calendar/jours-francs';
import { dayNumber, frenchDate } from '../calendar/iso-date';
import { isAlsaceMoselle } from '../identifiers/department';

/**
 * CGCT L2121-11 (under 3,500 inhabitants: 3 jours francs), L2121-12 (3,500 and over: 5;
 * urgency: 1). Population unknown: 24 or more in office means a council of 27+, so 3,500+
 * (L2121-2, R2151-2) — but communes nouvelles get the next bracket's size (L2113-8), hence
 * a warning unless even 3 jours francs were not given. Moselle and Alsace (L2541-2): under
 * 3,500 "trois jours au moins", "la veille" if urgent; every finding there is a warning.
 */
export default defineRule({
  id: 'convocation-delay',
  severity: 'error',
  fields: ['session.convocationDate', 'session.date', 'commune.population', 'attendance.inOffice'],
  basis: 'CGCT, art. L2121-11, L2121-12, R2151-2, L2541-2',
  check(record) {
    const { session, attendance, commune } = record;
    // The posting date stands in for a missing sending date, as a warning: it may come later.
    const sentOn = session.convocationDate ?? session.postedDate;
    const given = joursFrancs(sentOn, session.date);
    if (given === null || given < 0) return [];
    const population = commune.population ?? null;
    const localLaw = isAlsaceMoselle(commune.department);
    let required: number;
    let severity: Severity = session.convocationDate === null || localLaw ? 'warning' : 'error';
    let messageId = 'convocation-delay.short';
    if (session.urgency) {
      required = localLaw ? 0 : 1;
      messageId = 'convocation-delay.urgency';
    } else if (session.secondConvocation) {
      // L2121-17: after a failed quorum, "à trois jours au moins d'intervalle" — days, not francs.
      required = 2;
      messageId = 'convocation-delay.secondConvocation';
      severity = 'warning';
    } else if (population !== null) {
      required = population >= 3500 ? 5 : localLaw ? 2 : 3;
    } else if (attendance.inOffice !== null && attendance.inOffice >= 24) {
      // Below the smaller delay the convocation is late whatever the population: say so plainly.
      const floor = localLaw ? 2 : 3;
      required = given < floor ? floor : 5;
      messageId = given < floor ? 'convocation-delay.inferredShort' : 'convocation-delay.inferred';
      if (given >= floor) severity = 'warning';
    } else {
      required = localLaw ? 2 : 3;
    }
    if (given >= required) return [];
    const calendarDays = (dayNumber(session.date) as number) - (dayNumber(sentOn) as number);
    return [{
      rule: 'convocation-delay', severity, field: 'session.convocationDate',
      messageId: localLaw && required !== 5 ? 'convocation-delay.localLaw' : messageId,
      data: { given, required, sentOn: frenchDate(sentOn as string), session: frenchDate(session.date as string), calendarDays, inOffice: attendance.inOffice ?? 0 },
    }];
  },
});
