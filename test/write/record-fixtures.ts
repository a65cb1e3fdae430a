/** Records built by hand for the writers' tests (never through the reader). */
import { emptyRecord } from '../../lib/record/empty-record';
import type { CouncilRecord } from '../../lib/record/schema';

/** A complete ENT-École deliberation of an imaginary commune (figures chosen to add up). */
export function fullEntRecord(): CouncilRecord {
  const record = emptyRecord();
  record.commune = {
    name: 'Montclar-de-Lauragais', siret: '21310388300013', siren: '213103883', department: '31',
    address: '2 place de la Mairie, 31290 Montclar-de-Lauragais', mayor: 'DUPRÉ Hélène', population: 420,
  };
  record.session = {
    date: '2025-06-03', time: '20:30', place: 'salle des fêtes', president: 'Hélène DUPRÉ',
    convocationDate: '2025-05-27', postedDate: '2025-05-27', secretary: "N'DIAYE Awa", secondConvocation: false, urgency: false,
  };
  record.attendance = {
    inOffice: 11, present: 8, represented: 2, absent: 1, voters: 10,
    presentNames: ['DUPRÉ Hélène', "N'DIAYE Awa", 'MARTIN Paul', 'GARCIA Inès', 'ROUX Léo', 'FABRE Anne', 'LOPEZ Marc', 'BLANC Zoé'],
    proxies: [{ from: 'VIDAL Jean', to: 'MARTIN Paul' }, { from: 'MOREL Lucie', to: 'GARCIA Inès' }],
    absentNames: ['PERRIN Yves'], nonParticipantNames: [],
  };
  record.vote = {
    for: 9, against: 0, abstentions: 1, expressed: 9, unanimous: true, unanimousOfExpressed: true,
    blank: null, nonParticipants: null, adopted: true, castingVote: false,
  };
  record.deliberation = {
    number: '2025/14', subject: "Convention de partenariat ENT-École « 1er degré » : mise à disposition d'un environnement numérique de travail",
    actesId: '031-213103883-20250603-202514-DE', transmittedOn: '2025-06-05', receivedOn: '2025-06-05', publishedOn: '2025-06-06',
    signedOn: '2025-06-04', conventionEndDate: '2026-09-04', schoolCount: 2, total: 82,
    actesNumber: null, nature: 'DE', classification: null, feePerSchool: 41,
  };
  record.convention = {
    schoolYear: '2025-2026', academy: 'Région académique Occitanie', academyRepresentative: 'Jeanne ROCHE',
    documentDate: '2025-05-12', feePerSchool: 41, schoolCount: 2, total: 82,
    schools: [{ uai: '0310891A', name: 'École élémentaire Les Tilleuls' }, { uai: '0311234X', name: 'École maternelle Le Moulin' }],
    startsOn: 'signature', endDate: '2026-09-04', durationYears: null, signedAt: 'Toulouse', signedOn: '2025-05-12', communeSignedOn: null,
  };
  return record;
}

/** A deliberation that is not about a convention at all. */
export function canteenRecord(): CouncilRecord {
  const record = emptyRecord();
  record.commune.name = 'Saint-Jean-de-Luz';
  record.commune.department = '64';
  record.session.date = '2024-01-01';
  record.deliberation.number = '2024-001';
  record.deliberation.subject = 'Tarifs de la restauration scolaire';
  record.vote = { ...record.vote, for: 15, against: 2, abstentions: 1, unanimous: false };
  return record;
}
