/**
 * A page whose text is an ENT-École convention (an académie or ENT portal page, a commune's
 * site, an HTML rendering of the PDF), or an académie article about it that links the PDF.
 * Recognised by what it says, never by its host name (portals.md §6.3).
 */
import { pageKinds } from './page-kinds';
import { readDocument } from '../read/index';
import { looksLikeDeliberation } from './deliberation-page';
import { isAboutEntEcole, isConventionText } from './ent-ecole';
import { defineAdapter } from './site-adapter';
import type { PageSnapshot } from './snapshot';
import { communeForSentence, euros, plural, sentence } from './summary-parts';

/** A PDF link that names a convention (its text or its file name). */
export function conventionPdfLink(snapshot: PageSnapshot): { href: string; text: string } | null {
  return (snapshot.documentLinks ?? []).find((l) => /convention/i.test(`${l.text} ${decodeURIComponent(l.href.slice(0, 500))}`)) ?? null;
}

function isConventionPage(snapshot: PageSnapshot): boolean {
  return pageKinds(snapshot.text).includes('convention') && isConventionText(snapshot.text) && isAboutEntEcole(snapshot.text);
}

function isArticleLinkingConvention(snapshot: PageSnapshot): boolean {
  return conventionPdfLink(snapshot) !== null && isAboutEntEcole(`${snapshot.title}\n${snapshot.text}`);
}

export default defineAdapter({
  id: 'convention-page',
  kind: 'convention',
  examples: ['convention-occitanie.html', 'convention-dsden.html', 'academie-article.html'],
  matches: (snapshot) =>
    !looksLikeDeliberation(snapshot.text) && (isConventionPage(snapshot) || isArticleLinkingConvention(snapshot)),
  summarise(snapshot) {
    if (!isConventionPage(snapshot)) {
      const link = conventionPdfLink(snapshot);
      return `Page sur la convention ENT-École : la convention est un PDF à ouvrir (${link?.text || link?.href || 'lien'})`;
    }
    const { record } = readDocument(snapshot.text, { sourceName: snapshot.url });
    const c = record.convention;
    const schools = c.schoolCount ?? (c.schools.length || null);
    return sentence('Convention ENT-École reconnue', [
      communeForSentence(record.commune.name), plural(schools, 'école', 'écoles'), euros(c.total),
    ]);
  },
});
