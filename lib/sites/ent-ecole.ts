/**
 * What makes a text about an ENT-École convention (primary schools' "espace numérique de
 * travail", paid per school by the commune), as opposed to its lookalikes voted by the same
 * councils (portals.md §5): the préfecture's ACTES télétransmission convention, AmonEcole (a
 * network box for schools), the département's ENT for collèges.
 */
import { foldText } from './fold-label';

// the ENTs académies name by their product: Éclat-BFC, Toutatice, e-primo, Beneylu, l'Éduc de Normandie…
const ENT = /\b(?:ent|e n t|espace numerique de travail|environnement numerique de travail|espaces numeriques de travail|eclat bfc|toutatice|e primo|eprimo|beneylu(?: school)?|l educ de normandie|mon bureau numerique|e lyco)\b/;
const PRIMARY_SCHOOL = /\b(?:ecoles?|premier degre|1er degre|primaires?|elementaires?|maternelles?)\b/g;
const SECONDARY_SCHOOL = /\b(?:colleges?|lycees?|second degre|2nd degre)\b/g;
const AMONECOLE = /\bamon ?ecole\b/;
const CONVENTION = /\bconventions?\b/;

const count = (re: RegExp, text: string) => text.match(re)?.length ?? 0;

/** Folded head of a text, enough for a convention's title and parties. */
export function foldedHead(text: string, length = 60_000): string {
  return foldText(text.slice(0, length));
}

/** The text speaks of a convention for an ENT in primary schools. */
export function isAboutEntEcole(text: string): boolean {
  const folded = foldedHead(text);
  if (!CONVENTION.test(folded) || !ENT.test(folded) || AMONECOLE.test(folded)) return false;
  const primary = count(PRIMARY_SCHOOL, folded);
  return primary > 0 && primary >= count(SECONDARY_SCHOOL, folded);
}

/**
 * The text is the convention itself (parties and articles), not a page that talks about one.
 * Parties are introduced as "ci-après dénommée …", or just "ci-après « la DSDEN »" (DSDEN models).
 */
export function isConventionText(text: string): boolean {
  const folded = foldedHead(text);
  return /\bentre\b/.test(folded) && /\barticle (?:\d{1,2}|premier|1er|i)\b/.test(folded) && /\b(?:d une part|d autre part|ci apres|soussigne(?:e|s|es)?|les parties|les signataires|representee? par)\b/.test(folded);
}
