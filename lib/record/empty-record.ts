import type { CouncilRecord } from './schema';

/** A record where nothing is known yet: every value null, every list empty. */
export function emptyRecord(): CouncilRecord {
  return {
    commune: { name: null, siret: null, siren: null, department: null, address: null, mayor: null, population: null },
    session: {
      date: null, time: null, place: null, president: null, convocationDate: null, postedDate: null,
      secretary: null, secondConvocation: false, urgency: false,
    },
    attendance: {
      inOffice: null, present: null, represented: null, absent: null, voters: null,
      presentNames: [], proxies: [], absentNames: [], nonParticipantNames: [],
    },
    vote: {
      for: null, against: null, abstentions: null, expressed: null, unanimous: null,
      unanimousOfExpressed: false, blank: null, nonParticipants: null, adopted: null, castingVote: false,
    },
    deliberation: {
      number: null, subject: null, actesId: null, transmittedOn: null, receivedOn: null, publishedOn: null,
      signedOn: null, conventionEndDate: null, schoolCount: null, total: null,
      actesNumber: null, nature: null, classification: null, feePerSchool: null,
    },
    convention: {
      schoolYear: null, academy: null, academyRepresentative: null, documentDate: null, feePerSchool: null,
      schoolCount: null, total: null, schools: [], startsOn: null, endDate: null, durationYears: null,
      signedAt: null, signedOn: null, communeSignedOn: null,
    },
    blanks: [],
  };
}
