import fc from 'fast-check';
import { latestConvocationDate } from '../../../lib/calendar/jours-francs';
import { luhnDigitAt } from '../../../lib/identifiers/luhn';
import { uaiCheckLetter } from '../../../lib/identifiers/uai';
import { buildRecord, members } from './record-builder';

/**
 * Any lawful, consistent deliberation + convention (quorum reached, proxies to members present,
 * sums right, delay kept, identifiers valid, amounts right), whatever its size and date.
 */
export const lawfulRecord = fc
  .record({
    inOffice: fc.integer({ min: 7, max: 69 }),
    presentShare: fc.double({ min: 0.51, max: 1, noNaN: true }),
    proxyShare: fc.double({ min: 0, max: 1, noNaN: true }),
    againstShare: fc.double({ min: 0, max: 1, noNaN: true }),
    abstentionShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
    omitPresident: fc.boolean(),
    session: fc.date({ min: new Date('2015-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
    extraDelay: fc.integer({ min: 0, max: 10 }),
    department: fc.constantFrom('31', '83', '66', '974', '2A', '01'),
    sirenBody: fc.stringMatching(/^\d{6}$/),
    schools: fc.array(fc.stringMatching(/^\d{4}$/), { minLength: 1, maxLength: 6 }),
    fee: fc.integer({ min: 1, max: 200 }),
  })
  .map((p) => {
    const names = members(p.inOffice);
    const present = Math.min(p.inOffice, Math.floor(p.inOffice / 2) + 1 + Math.floor((p.inOffice / 2) * (p.presentShare - 0.51)));
    const presentNames = names.slice(0, present);
    const away = names.slice(present);
    const proxyCount = Math.min(away.length, present, Math.floor(away.length * p.proxyShare));
    const proxies = away.slice(0, proxyCount).map((from, i) => ({ from, to: presentNames[i] as string }));
    const absentNames = away.slice(proxyCount);
    const voters = present + proxyCount;
    const abstentions = Math.floor(voters * p.abstentionShare * 0.5);
    const against = Math.floor(((voters - abstentions - 1) / 2) * p.againstShare);
    const votesFor = voters - against - abstentions;
    const session = p.session.toISOString().slice(0, 10);
    const convocation = latestConvocationDate(session, 5 + p.extraDelay) as string;
    const uaiPrefix = p.department === '2A' ? '620' : p.department.padStart(3, '0');
    const schools = p.schools.map((digits, i) => {
      const seven = uaiPrefix + digits;
      return { uai: seven + uaiCheckLetter(seven), name: `École ${i}`, email: `ce.${seven}${uaiCheckLetter(seven)}@ac-test.fr` };
    });
    const sirenStem = `21${p.sirenBody}`;
    const siren = sirenStem + luhnDigitAt(sirenStem, 8);
    const nicStem = `${siren}0001`;
    const siret = nicStem + luhnDigitAt(nicStem, 13);
    const year = Number(session.slice(0, 4));
    const endDate = `${year + 1}-08-31`;
    const department3 = p.department === '2A' ? '02A' : p.department.padStart(3, '0');
    return buildRecord({
      commune: { name: 'TESTVILLE', siret, siren, department: p.department, mayor: presentNames[0] as string },
      session: { date: session, convocationDate: convocation, president: presentNames[0] as string, secretary: presentNames[1] ?? (presentNames[0] as string) },
      attendance: {
        inOffice: p.inOffice, present, represented: proxyCount, absent: absentNames.length, voters,
        presentNames: p.omitPresident ? presentNames.slice(1) : presentNames, proxies, absentNames,
      },
      vote: { for: votesFor, against, abstentions, expressed: votesFor + against, unanimous: against === 0 && abstentions === 0, adopted: true },
      deliberation: {
        number: '2024/36', subject: 'Convention ENT', actesId: `${department3}-${siren}-${session.replaceAll('-', '')}-2024_36-DE`,
        transmittedOn: session, receivedOn: session, publishedOn: session, signedOn: session,
        conventionEndDate: endDate, schoolCount: schools.length, total: p.fee * schools.length, actesNumber: '2024_36', feePerSchool: p.fee,
      },
      convention: {
        schoolYear: `${year}-${year + 1}`, academy: 'Académie de test', academyRepresentative: 'Recteur TEST', feePerSchool: p.fee,
        schoolCount: schools.length, total: p.fee * schools.length, schools, startsOn: 'signature', endDate, durationYears: null,
        signedAt: 'Testville', signedOn: session, communeSignedOn: session,
      },
    });
  });
