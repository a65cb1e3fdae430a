/** English messages of the findings, keyed by messageId like ./fr.ts (French stays the reference). */
export const messagesEn: Record<string, string> = {
  // Attendance and votes
  'quorum.ordinary':
    'Quorum not reached: {present} present out of {inOffice} members in office; at least {required} are needed (CGCT L2121-17). Check the count, or state that the session follows a second convocation.',
  'quorum.uncertainDay':
    'Quorum possibly not reached: {present} present out of {inOffice} in office; ordinary law requires {required} (CGCT L2121-17), and whether the health-crisis regime applied on that day is uncertain. Check.',
  'quorum.crisis':
    'Quorum not reached even under the health-crisis regime: {present} present out of {inOffice} in office; at least {required} (one third) are needed ({basis}).',
  'quorum.crisisRepresented':
    'Quorum not reached even under the health-crisis regime: {counted} present or represented out of {inOffice} in office; at least {required} (one third) are needed ({basis}).',
  'in-office-missing.plain': 'The number of members in office is not stated; the quorum depends on it (CGCT L2121-17). Add it.',
  'in-office-missing.suggest':
    'The number of members in office is not stated (CGCT L2121-17). From the lists: {present} present + {represented} represented + {absent} absent = {suggested}. Check and add it.',
  'attendance-sum.mismatch':
    'The attendance does not add up: {present} present + {represented} represented + {absent} absent = {sum}, for {inOffice} members in office. Check the numbers.',
  'present-count.mismatch': 'Present count inconsistent: {printed} printed, but {counted} names listed as present.',
  'present-count.withPresident':
    'Present count inconsistent: {printed} printed, but {counted} present counting the presiding mayor ({listed} names listed).',
  'represented-count.mismatch': 'Represented count inconsistent: {printed} printed, but {listed} proxies listed.',
  'voters-sum.mismatch':
    'Voters inconsistent: {voters} printed, while {present} present + {represented} represented = {expected} (CGCT L2121-20). Correct it, or state who did not take part in the vote.',
  'votes-sum.mismatch':
    'Votes do not match the voters: {for} for + {against} against + {abstentions} abstentions = {sum}, for {voters} voters (CGCT L2121-20).',
  'votes-sum.inferredVoters':
    'Votes do not match those present and represented: {for} for + {against} against + {abstentions} abstentions = {sum}, for {voters} expected voters (CGCT L2121-20).',
  'expressed-sum.mismatch': 'Votes cast inconsistent: {expressed} printed, while {for} for + {against} against = {sum} (CGCT L2121-20).',
  'expressed-missing.plain': 'The "exprimés" line is blank. Fill in the votes cast (for + against).',
  'expressed-missing.suggest': 'The "exprimés" line is blank. From the votes for and against, it is {suggested}: fill it in.',
  'unanimity.against': 'Said to be unanimous while {against} members voted against (CGCT L2121-20).',
  'unanimity.abstentions': '"Unanimous" with {abstentions} abstentions: write "à l’unanimité des suffrages exprimés".',
  'majority.minority': 'Said to be adopted with {for} for and {against} against: an absolute majority of votes cast is needed (CGCT L2121-20).',
  'majority.tie': 'Tie ({for} for, {against} against): adopted only by the president’s casting vote, which must be stated (CGCT L2121-20).',
  'proxy-limit.one': '{holder} holds {count} proxies ({givers}); a member may hold only one (CGCT L2121-20).',
  'proxy-limit.crisis': '{holder} holds {count} proxies ({givers}); even under the health-crisis regime the limit was {limit}.',
  'proxy-limit.uncertainDay':
    '{holder} holds {count} proxies ({givers}); ordinary law allows one (CGCT L2121-20) and the health-crisis regime (two) is uncertain on that day. Check.',
  'proxy-holder-absent.listedAway': '{giver} gave a proxy to {holder}, who is absent or represented; the holder must attend (CGCT L2121-20).',
  'proxy-holder-absent.notListed': '{giver} gave a proxy to {holder}, who is not listed as present; the holder must attend (CGCT L2121-20).',
  'proxy-giver-present.both': '{giver} is listed as present and also gave a proxy to {holder} (CGCT L2121-20).',
  'duplicate-member.twice': '{name} is listed {count} times ({roles}).',
  'secretary-missing.none': 'No session secretary is named (CGCT L2121-15). Add one.',
  'secretary-not-present.listedAway': 'The session secretary, {secretary}, is listed as absent or represented (CGCT L2121-15).',
  'secretary-not-present.notListed': 'The session secretary, {secretary}, is not listed as present (CGCT L2121-15).',
  // Dates
  'convocation-delay.short':
    'Convocation too late: sent on {sentOn} for the session of {session}, {given} clear day(s); {required} are required (CGCT L2121-11, L2121-12).',
  'convocation-delay.inferred':
    'Convocation possibly too late: {given} clear day(s) between {sentOn} and the session of {session}; with {inOffice} members in office the commune likely has 3,500+ inhabitants, so 5 clear days (CGCT L2121-12). Check.',
  'convocation-delay.inferredShort':
    'Convocation too late: sent on {sentOn} for the session of {session}, {given} clear day(s); at least 3 are required, and 5 from 3,500 inhabitants, which its {inOffice} members in office suggest (CGCT L2121-11, L2121-12).',
  'convocation-delay.urgency': 'Even in urgency, one clear day is required between the convocation ({sentOn}) and the session ({session}).',
  'convocation-delay.secondConvocation':
    'Second convocation for want of quorum: only {calendarDays} day(s) between {sentOn} and the session of {session}; at least three days are required (CGCT L2121-17). Check.',
  'convocation-delay.localLaw':
    'Convocation possibly too late: {calendarDays} day(s) between {sentOn} and the session of {session}; in Alsace-Moselle at least three days, or the day before if urgent (CGCT L2541-2). Check.',
  'convocation-date-missing.none': 'The convocation date is not stated (CGCT L2121-10). Add it.',
  'date-order.convocationAfterSession': 'The convocation ({date}) is dated after the session ({other}).',
  'date-order.transmittedBeforeSession': 'The transmission to the prefecture ({date}) precedes the session ({other}).',
  'date-order.receivedBeforeSession': 'The prefecture’s receipt ({date}) precedes the session ({other}).',
  'date-order.publishedBeforeSession': 'The publication ({date}) precedes the session ({other}).',
  'date-order.receivedBeforeTransmitted': 'The receipt ({date}) precedes the transmission ({other}).',
  'publication-date-missing.blank': '"{label}" is left blank: the act is enforceable only once published (CGCT L2131-1).',
  'transmission-date-missing.blank': '"{label}": the transmission date is left blank (CGCT L2131-1).',
  'signature-date-missing.deliberation': 'The deliberation’s signature date is left blank ("{label}").',
  'signature-date-missing.convention': 'The convention’s signature date is left blank ("{label}").',
  'signature-date-missing.commune': 'The commune’s signature of the convention is left undated ("{label}").',
  'convention-end-missing.blank': 'The convention’s end date is left blank ("{label}"). Have it filled in before signing.',
  'convention-end-missing.absent': 'The convention states neither an end date nor a duration.',
  'convention-end-mismatch.differ': 'The deliberation and the convention give different end dates: {deliberation} vs {convention}.',
  'convention-end-school-year.beforeStart': 'The convention for school year {schoolYear} ends on {endDate}, before the year starts ({start}).',
  'convention-end-school-year.afterEnd': 'The convention for school year {schoolYear} ends on {endDate}, after {last}.',
  'signed-before-session.before':
    'The commune signed the convention on {signed}, before the session of {session} authorising the mayor to sign (CGCT L2122-21).',
  'blank-date.blank': 'A date is left blank ("{label}").',
  // Amounts and schools
  'amount-total.convention': 'Amount inconsistent in the convention: {count} schools × {fee} = {expected}, but the total printed is {total}.',
  'amount-total.deliberation': 'Amount inconsistent in the deliberation: {count} schools × {fee} = {expected}, but the total printed is {total}.',
  'amount-mismatch.fee': 'The fee per school differs: {deliberation} in the deliberation, {convention} in the convention.',
  'amount-mismatch.total': 'The total differs: {deliberation} in the deliberation, {convention} in the convention.',
  'school-count.listed': 'The convention announces {printed} schools but lists {listed}.',
  'school-count.deliberation': 'The deliberation counts {deliberation} schools, the convention {convention}.',
  'uai-checksum.letter': 'Wrong UAI for {school}: {uai}; the check letter should be {expected} ({corrected}).',
  'uai-checksum.shape': 'The UAI of {school} ({uai}) is not 7 digits and a letter.',
  'uai-email-mismatch.differ': 'The e-mail of {school} ({email}) names UAI {emailUai}, not {uai}.',
  'uai-department.differ': 'School {school} ({uai}) belongs to department {schoolDepartment}, not the commune’s ({department}).',
  // Identifiers
  'siret-checksum.luhn': 'SIRET {siret} is invalid (wrong check digit).',
  'siret-checksum.length': 'SIRET {siret} has {length} characters instead of 14 digits.',
  'siret-checksum.oneDigitShort': 'SIRET {siret} has only 13 digits: the one digit that completes it is {digit} at position {position}, giving {completed}.',
  'siret-checksum.digitShortAmbiguous': 'SIRET {siret} has only 13 digits ({candidates} ways to complete it).',
  'siret-checksum.siren': 'SIREN {siren} is invalid (9 digits and a Luhn check).',
  'actes-id-format.parts': '@CTES id "{actesId}" is malformed: department-SIREN-date-number-nature expected.',
  'actes-id-format.department': '@CTES id "{actesId}" starts with "{part}": the department takes 3 characters (031, 974, 02A).',
  'actes-id-format.siren': '@CTES id "{actesId}" holds SIREN "{part}" ({length} digits instead of 9).',
  'actes-id-format.date': '@CTES id "{actesId}" holds an invalid date ("{part}", YYYYMMDD expected).',
  'actes-id-format.nature': '@CTES id "{actesId}" ends with an unknown nature code ("{part}").',
  'actes-id-siren.luhn': 'The SIREN {siren} in the @CTES id is invalid (Luhn check).',
  'actes-id-siren.differ': 'The SIREN in the @CTES id ({siren}) is not the commune’s ({communeSiren}).',
  'actes-id-date.differ': 'The date in the @CTES id ({idDate}) is not the session date ({session}).',
  'actes-id-department.differ': 'The department in the @CTES id ({idDepartment}) is not the commune’s ({department}).',
  'actes-id-nature.notDeliberation': 'Nature code {nature}: a deliberation is transmitted with code DE.',
  'actes-number-format.length': '@CTES number "{number}" has {length} characters; 1 to 15 are allowed.',
  'actes-number-format.characters': '@CTES number "{number}" holds refused characters. Suggestion: {suggested}.',
  'actes-number-format.ends': '@CTES number "{number}" must start and end with a letter or digit. Suggestion: {suggested}.',
  'actes-number-format.platforms':
    '@CTES number "{number}" holds lower case, a hyphen, a space or an edge underscore, refused by S²LOW and Pastell. Suggestion: {suggested}.',
  // Text
  'subject-missing.none': 'The deliberation has no subject; @CTES requires one.',
  'name-variant.twoSpellings': 'The same name is spelled two ways: "{first}" and "{second}".',
};
