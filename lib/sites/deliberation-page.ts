/**
 * A page whose text is a council deliberation (a commune's site publishing its acts, an HTML
 * rendering of the stamped PDF). Recognised by what it says: the reader's kind detection plus
 * the marks of a decision taken in session, so that an article that merely mentions "une
 * délibération du conseil municipal" is not taken for one.
 */
import { pageKinds } from './page-kinds';
import { readDocument } from '../read/index';
import { isAboutEntEcole } from './ent-ecole';
import { foldText } from './fold-label';
import { defineAdapter } from './site-adapter';
import { communeForSentence, frenchDate, sentence } from './summary-parts';

const DECIDED = /\b(?:apres en avoir delibere|delibere|decide|adopte|approuve|a l unanimite|votants?)\b/;
// Syndicates (SIVOS, SIVU) deliberate in a "comité syndical"; registers and minutes name themselves.
const DELIBERATIVE_BODY = /\b(?:conseil (?:municipal|communautaire)|comite syndical|assemblee deliberante|extrait du (?:registre|proces verbal)|proces verbal des deliberations)\b/;
const IN_SESSION = /\b(?:seance|reuni|convoque|convocation|en exercice|presents?)\b/;

export function looksLikeDeliberation(text: string): boolean {
  if (!pageKinds(text).includes('deliberation')) return false;
  const folded = foldText(text.slice(0, 100_000));
  return DECIDED.test(folded) && IN_SESSION.test(folded) && DELIBERATIVE_BODY.test(folded);
}

export default defineAdapter({
  id: 'deliberation-page',
  kind: 'deliberation',
  examples: ['deliberation-commune.html'],
  matches: (snapshot) => looksLikeDeliberation(snapshot.text),
  summarise(snapshot) {
    const { record } = readDocument(snapshot.text, { sourceName: snapshot.url });
    const subject = record.deliberation.subject;
    const date = frenchDate(record.session.date);
    return sentence('Délibération reconnue', [
      communeForSentence(record.commune.name),
      date ? `séance du ${date}` : null,
      subject ? `« ${subject.length > 90 ? `${subject.slice(0, 89)}…` : subject} »` : null,
      isAboutEntEcole(snapshot.text) ? 'approuve une convention ENT-École' : null,
    ]);
  },
});
