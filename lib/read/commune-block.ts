/**
 * The commune: name, SIRET/SIREN, department, address, mayor. The convention's party block
 * ("Et : COMMUNE DE X, SIRET, Adresse, Représenté(e) par") is the richest source; the
 * deliberation's header and the @CTES id fill what it lacks.
 */
import { patterns } from '../patterns';
import { joinWrapped, trimPunctuation } from './text-edges';
import type { ReadContext, Region } from './read-context';
import { cleanPersonName, firstPersonIn } from './person-names';
import { foldKey } from './fold';
import { departmentFromActesPrefix, departmentFromExactName, departmentFromName, departmentFromPostalCode, departmentInHeading } from './departments';

const HEADER_WINDOW = 2000;

/** Reads the commune from a party block of the convention, when there is one. */
export function readCommuneParty(ctx: ReadContext, block: Region): void {
  const text = ctx.text.slice(block.start, block.end);
  readCommuneName(ctx, block.start, text);
  for (const m of text.matchAll(patterns.addressLabel)) {
    const from = m.index + m[0].length;
    let end = text.indexOf('\n', from);
    if (end === -1) end = text.length;
    let address = trimPunctuation(text.slice(from, end));
    // "… 14250 SAINT-VAAST-SUR-SEULLES représentée par M. X": the address stops at the representative
    const rep = patterns.representedBy.exec(address);
    if (rep) address = trimPunctuation(address.slice(0, rep.index));
    if (!patterns.postalCode.test(address)) {
      // the postal code on the next line: "Adresse : 1 rue X\n31600 SAUBENS"
      const nextEnd = text.indexOf('\n', end + 1);
      const next = text.slice(end + 1, nextEnd === -1 ? text.length : nextEnd).trim();
      if (patterns.postalCodeLineStart.test(next)) {
        address = `${address} ${next}`;
        end = nextEnd === -1 ? text.length : nextEnd;
      }
    }
    if (address.length >= 4 && ctx.set('commune', 'address', address, block.start + from, block.start + end)) break;
  }
  if (ctx.record.commune.address === null) readAddressInSentence(ctx, block.start, text);
  const flat = joinWrapped(text);
  const rep = patterns.representedBy.exec(flat);
  if (rep) {
    const from = rep.index + rep[0].length;
    const person = firstPersonIn(flat.slice(from, from + 200));
    if (person) ctx.set('commune', 'mayor', person.name, block.start + from + person.start, block.start + from + person.end);
  }
}

/** "La commune de X, 48 rue Maréchal Foch, 06480 X, représentée par …": the parts around the postal code. */
function readAddressInSentence(ctx: ReadContext, base: number, text: string): void {
  const rep = patterns.representedBy.exec(text);
  const clause = joinWrapped(rep ? text.slice(0, rep.index) : text.slice(0, 400));
  // "27800 X SIRET 212 …" (a line joined to the next): the SIRET is no part of the address
  const parts = clause.split(patterns.commaOrNewline).map((p) => {
    const siret = patterns.siretWord.exec(p);
    // "dont le siège est 4 place de l'Église": the address after the words that announce it
    return (siret && siret.index > 0 ? p.slice(0, siret.index) : p).replace(patterns.seatLead, '');
  });
  const postal = parts.findIndex((p, i) => i > 0 && patterns.postalCode.test(p) && !patterns.siretWord.test(p));
  if (postal === -1) return;
  let first = postal;
  while (first - 1 > 0 && patterns.addressPart.test(parts[first - 1]!.trim())) first--;
  let last = postal;
  // "…, Le Bourg, 43550\nSAINT-JUST-DE-MÉZENC, SIRET …": the town wrapped to the next line
  if (patterns.bareCode.test(parts[postal]!.trim()) && patterns.townName.test(parts[postal + 1]?.trim() ?? '')) last = postal + 1;
  const address = parts.slice(first, last + 1).map((p) => p.trim()).filter(Boolean).join(', ').replace(patterns.codeThenTown, '$1 ');
  const at = clause.indexOf(parts[first]!.trim());
  if (address.length >= 6) ctx.set('commune', 'address', address, base + at, base + at + address.length);
}

/** Fills the commune from the whole text: header names, SIRET, department, mayor's signature. */
export function readCommune(ctx: ReadContext, whole: Region): void {
  const text = ctx.text.slice(whole.start, whole.end);
  readCommuneName(ctx, whole.start, text);
  for (const m of text.matchAll(patterns.siret)) {
    const siret = m[1]!.replace(patterns.whitespaceRun, '');
    if (ctx.set('commune', 'siret', siret, whole.start + m.index, whole.start + m.index + m[0].length)) break;
  }
  for (const m of text.matchAll(patterns.siren)) {
    const siren = m[1]!.replace(patterns.whitespaceRun, '');
    if (ctx.set('commune', 'siren', siren, whole.start + m.index, whole.start + m.index + m[0].length)) break;
  }
  const commune = ctx.record.commune;
  if (commune.address === null) readHeaderAddress(ctx, whole.start, text.slice(0, ADDRESS_HEADER_WINDOW));
  // "Population : 6 412 habitants": the bracket of the convocation delay (CGCT L2121-11/12)
  for (const m of text.matchAll(patterns.populationCount)) {
    const population = Number((m[1] ?? m[2]!).replace(patterns.nonDigit, ''));
    if (population > 0 && ctx.set('commune', 'population', population, whole.start + m.index, whole.start + m.index + m[0].length)) break;
  }
  if (commune.siren === null && commune.siret) ctx.set('commune', 'siren', commune.siret.slice(0, 9));
  const actesId = ctx.record.deliberation.actesId;
  const actesParts = actesId ? actesId.split('-') : [];
  // a SIREN from the @CTES id only when it has the nine digits of a SIREN (seed 001 prints eight)
  if (commune.siren === null && actesParts[1] && actesParts[1].length === 9) ctx.set('commune', 'siren', actesParts[1]);
  readDepartment(ctx, whole, text, actesParts[0]);
  if (commune.mayor === null) {
    for (const m of text.matchAll(patterns.mayorSignature)) {
      const name = cleanPersonName(m[1]!);
      if (name && ctx.set('commune', 'mayor', name, whole.start + m.index, whole.start + m.index + m[0].length)) break;
    }
  }
  // "Représentés : Michel COUSSEAU (Maire) par …": the mayor is absent and an adjoint signs
  if (commune.mayor === null) {
    for (const m of text.matchAll(patterns.mayorInParentheses)) {
      const name = cleanPersonName(m[1]!);
      if (name && ctx.set('commune', 'mayor', name, whole.start + m.index, whole.start + m.index + m[1]!.length)) break;
    }
  }
  presidentFromMayor(ctx);
}

/**
 * No "sous la présidence de" in the act: the mayor presides the council by law (CGCT L2121-14)
 * when present; a replacement would be named.
 */
function presidentFromMayor(ctx: ReadContext): void {
  const { commune, session, attendance } = ctx.record;
  if (session.president !== null || commune.mayor === null) return;
  const mayor = foldKey(commune.mayor);
  const index = attendance.presentNames.findIndex((name) => foldKey(name) === mayor);
  if (index === -1 || !ctx.set('session', 'president', commune.mayor)) return;
  // cited where the mayor is listed among those present (spans are already in original offsets)
  const source = ctx.sources[`attendance.presentNames.${index}`];
  if (source) ctx.sources['session.president'] = source;
}

/**
 * "Mairie – 5 route de Guéret – 23150 Lavaveix-les-Étangs" under the commune's name at the top of
 * the act (no convention party block to read it from): the street and the town, not the building.
 */
function readHeaderAddress(ctx: ReadContext, base: number, header: string): void {
  const m = patterns.headerAddressLine.exec(header);
  if (!m) return;
  const address = trimPunctuation(m[1]!);
  const at = base + m.index + m[0].indexOf(m[1]!);
  ctx.set('commune', 'address', address, at, at + address.length);
}

/** the address under the heading is within the first lines */
const ADDRESS_HEADER_WINDOW = 600;

/** beyond a few names, the text is several documents, not one commune named two ways */
const MAX_NAME_CANDIDATES = 6;
/** a council act and its convention fit well within this; the rest of a huge paste is not read for names */
const NAME_COUNT_WINDOW = 200_000;

function readCommuneName(ctx: ReadContext, base: number, text: string): void {
  // an intercommunal body heading the act is the collectivité
  const epci = patterns.epciName.exec(text.slice(0, HEADER_WINDOW));
  if (epci) {
    const name = epci[1]!.trim();
    const at = base + epci.index + epci[0].indexOf(name);
    if (ctx.set('commune', 'name', name, at, at + name.length)) return;
  }
  for (const pattern of [patterns.communeLabel, patterns.communeName, patterns.communeOfCouncil]) {
    const candidates = [...text.matchAll(pattern)].map((m) => {
      const name = m[1]!.trim();
      return { name, at: base + m.index + m[0].length - m[1]!.length };
    }).filter((c) => c.name !== '');
    // "Commune de Sologne" (a web site's slogan) above "COMMUNE DE CHAUMONT-SUR-COSSON": the
    // commune is the name the document keeps naming; on a tie, the first one
    let best = candidates[0];
    const names = new Set(candidates.map((c) => foldKey(c.name)));
    if (names.size > 1 && names.size <= MAX_NAME_CANDIDATES) {
      const folded = ` ${foldKey(ctx.text.slice(0, NAME_COUNT_WINDOW))} `;
      const mentions = (name: string) => {
        const key = ` ${foldKey(name)} `;
        let count = 0;
        for (let at = folded.indexOf(key); at !== -1; at = folded.indexOf(key, at + key.length - 1)) count++;
        return count;
      };
      let bestCount = best ? mentions(best.name) : 0;
      for (const candidate of candidates.slice(1)) {
        const count = mentions(candidate.name);
        if (count > bestCount) {
          best = candidate;
          bestCount = count;
        }
      }
    }
    if (best && ctx.set('commune', 'name', best.name, best.at, best.at + best.name.length)) return;
  }
}

function readDepartment(ctx: ReadContext, whole: Region, text: string, actesPrefix: string | undefined): void {
  for (const m of text.matchAll(patterns.departmentCode)) {
    if (ctx.set('commune', 'department', m[1]!.toUpperCase(), whole.start + m.index, whole.start + m.index + m[0].length)) return;
  }
  for (const m of text.matchAll(patterns.departmentName)) {
    const code = departmentFromName(m[1]!);
    if (code && ctx.set('commune', 'department', code, whole.start + m.index, whole.start + m.index + m[0].length)) return;
  }
  // "COMMUNE DE TORSAC (Charente)": a department in parentheses in the heading
  for (const m of text.slice(0, HEADER_WINDOW).matchAll(patterns.departmentInParentheses)) {
    const code = departmentFromExactName(m[1]!);
    if (code && ctx.set('commune', 'department', code, whole.start + m.index, whole.start + m.index + m[0].length)) return;
  }
  // "COMMUNE DE SAINT-ÉPAIN (37)", or a postal code alone under the commune's name ("52130")
  const header = text.slice(0, HEADER_WINDOW);
  const numbered = patterns.departmentCodeAfterName.exec(header);
  const numberedDepartment = numbered ? departmentFromActesPrefix(numbered[1]!.padStart(3, '0')) : null;
  if (numbered && numberedDepartment && ctx.set('commune', 'department', numberedDepartment, whole.start + numbered.index, whole.start + numbered.index + numbered[0].length)) return;
  const postalAlone = patterns.postalCodeAlone.exec(header);
  const postalDepartment = postalAlone ? departmentFromPostalCode(postalAlone[1]!) : null;
  if (postalAlone && postalDepartment && ctx.set('commune', 'department', postalDepartment, whole.start + postalAlone.index, whole.start + postalAlone.index + postalAlone[0].length)) return;
  // "Ille-et-Vilaine" alone under the commune's name, "COMMUNE DE X – DEUX-SÈVRES (79)"
  const alone = departmentInHeading(text.slice(0, HEADER_WINDOW));
  if (alone && ctx.set('commune', 'department', alone.code, whole.start + alone.start, whole.start + alone.end)) return;
  const fromId = actesPrefix ? departmentFromActesPrefix(actesPrefix) : null;
  if (fromId && ctx.set('commune', 'department', fromId)) return;
  const address = ctx.record.commune.address;
  const postal = address ? patterns.postalCode.exec(address) : null;
  const fromPostal = postal ? departmentFromPostalCode(postal[1]!) : null;
  if (fromPostal && ctx.set('commune', 'department', fromPostal)) return;
  // "Mairie de X – 1 route de Felletin – 23500 X" in a page footer: a postal code beside the commune's name
  const name = ctx.record.commune.name;
  if (name === null) return;
  const key = foldKey(name);
  for (const line of text.split('\n')) {
    const code = patterns.postalCode.exec(line);
    if (!code || !foldKey(line).includes(key)) continue;
    const department = departmentFromPostalCode(code[1]!);
    if (department && ctx.set('commune', 'department', department)) return;
  }
}
