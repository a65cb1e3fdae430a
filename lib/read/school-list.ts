/**
 * Schools of the convention's annex, by UAI (RNE) code: comma-separated lists
 * ("CERET - 66 - ECOLE … - 0660560A, …"), one per line, numbered rows ("1\t0300673U - …"),
 * tables with a "Nom de l'école" column and an e-mail column. Empty annex rows ("3\t0") carry
 * no UAI and are no school.
 */
import type { School } from '../record/schema';
import { patterns } from '../patterns';
import { trimPunctuation } from './text-edges';
import { foldKey } from './fold';
import type { ReadContext, Region } from './read-context';

export function readSchools(ctx: ReadContext, region: Region, target: 'convention' | 'deliberation' = 'convention'): void {
  const text = ctx.text.slice(region.start, region.end);
  const schools: School[] = target === 'convention' ? ctx.record.convention.schools : [];
  let nameColumn: number | null = null;
  // the commune is read after the convention; until then the first "Commune de X" / "Mairie de X" names it
  const commune = ctx.record.commune.name ?? patterns.communeNameAnywhere.exec(ctx.text)?.[1] ?? null;
  const lines = logicalLines(text);
  for (let index = 0; index < lines.length; index++) {
    const { line, start } = lines[index]!;
    const cells = line.split(patterns.cellSeparator);
    const uais = [...line.matchAll(patterns.uai)];
    if (uais.length === 0) {
      if (cells.length >= 3) {
        const header = cells.findIndex((c) => patterns.nameHeader.test(c));
        if (header !== -1) nameColumn = header;
      }
      continue;
    }
    const found = cells.length >= 2 ? [readTableRow(cells, nameColumn)] : readListLine(line, commune);
    // "École X\n12 route du Col…\nRNE : 0740512E": the name is printed a few lines above its code
    if (found.length === 1 && found[0] === null && uais.length === 1) {
      // "UAI : 0511234P\nNom : École …\nAdresse électronique : …": a card of labelled lines under the code
      found[0] = cardBelow(lines, index, uais[0]![1]!) ?? nameAbove(lines, index, uais[0]![1]!, line);
    }
    for (const school of found) {
      // "0541107k": the code is the same in any case; the record writes it as the ministry does
      const uai = school?.uai.toUpperCase();
      if (!school || !uai || schools.some((s) => s.uai === uai)) continue;
      schools.push({ ...school, uai });
      const at = text.indexOf(school.uai, start);
      ctx.cite(`${target}.schools.${schools.length - 1}`, region.start + Math.max(start, at), region.start + Math.max(start, at) + school.uai.length);
    }
  }
  if (target === 'deliberation' && schools.length > 0) ctx.record.deliberation.schools = schools;
}

/**
 * Lines as printed, except that a line wrapped at the page margin goes on in the next one
 * ("CERET - 66 - ECOLE\nELEMENTAIRE PUBLIQUE PABLO PICASSO - 0660180M"). Table rows stay apart.
 */
function logicalLines(text: string): Array<{ line: string; start: number }> {
  const out: Array<{ line: string; start: number }> = [];
  let lineStart = 0;
  let previousLength = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const last = out[out.length - 1];
    const wraps = last && previousLength >= WRAPPED_LINE && line.trim() !== '' && !line.includes('\t') && !last.line.includes('\t')
      && !last.line.includes('|') && !WRAP_STOPS.has(last.line.trimEnd().slice(-1)) && !endsWithUai(last.line)
      && !patterns.endsWithEmail.test(last.line) && !patterns.entryStart.test(line) && !patterns.genericLabelLine.test(line)
      && !patterns.annexPart.test(line.trim())
      && !(patterns.uaiLineStart.test(line) && patterns.uaiOne.test(last.line));
    if (wraps) last.line += ` ${line}`;
    else out.push({ line, start: lineStart });
    previousLength = line.length;
    lineStart = lineEnd + 1;
  }
  return out;
}

/** "… - 0810457G" (or "…0810457G,"): a complete entry, the next line is another one */
function endsWithUai(line: string): boolean {
  const tail = trimPunctuation(line).slice(-8);
  return tail.length === 8 && patterns.uaiOne.test(tail);
}

/** a line wrapped at the margin of a PDF page */
const WRAPPED_LINE = 60;
const WRAP_STOPS = new Set(['.', ':', ';']);

function readTableRow(cells: string[], nameColumn: number | null): School | null {
  const trimmed = cells.map((c) => c.trim());
  const uaiCell = trimmed.findIndex((c) => patterns.uaiOne.test(c));
  if (uaiCell === -1) return null;
  const uai = patterns.uaiOne.exec(trimmed[uaiCell]!)![1]!;
  const email = trimmed.map((c) => c.match(patterns.email)?.[0]).find(Boolean) ?? null;
  const rest = trimPunctuation(trimmed[uaiCell]!.replace(uai, ''));
  let name: string | null = null;
  if (rest.length > 2) name = nameFromParts(trimmed[uaiCell]!, uai);
  const named = nameColumn !== null ? trimmed[nameColumn] : undefined;
  if (!name && named && nameColumn !== uaiCell && !patterns.notANameCell.test(named)) name = named;
  if (!name) {
    const candidates = [...trimmed.slice(uaiCell + 1), ...trimmed.slice(0, uaiCell).reverse()];
    name = candidates.find((c) => !patterns.notANameCell.test(c) && !c.includes('@')) ?? null;
  }
  return name ? withEmail({ uai, name }, email) : null;
}

function cardBelow(lines: Array<{ line: string }>, index: number, uai: string): School | null {
  let name: string | null = null;
  let email: string | null = null;
  for (let k = index + 1; k < Math.min(lines.length, index + 4); k++) {
    const below = lines[k]!.line.trim();
    if (below === '' || patterns.uaiOne.test(below)) break;
    const labelled = patterns.schoolNameLabel.exec(below);
    if (labelled && name === null) name = trimPunctuation(labelled[1]!);
    email ??= below.match(patterns.email)?.[0] ?? null;
  }
  return name && name.length >= 2 ? withEmail({ uai, name }, email) : null;
}

function nameAbove(lines: Array<{ line: string }>, index: number, uai: string, line: string): School | null {
  const email = line.match(patterns.email)?.[0] ?? null;
  for (let k = index - 1; k >= Math.max(0, index - 3); k--) {
    const above = lines[k]!.line.trim();
    if (patterns.schoolWord.test(above)) return withEmail({ uai, name: above }, email);
  }
  return null;
}

function readListLine(line: string, commune: string | null): Array<School | null> {
  // several schools on one line are separated by commas; one school may carry its own commas
  const several = [...line.matchAll(patterns.uai)].length > 1;
  const items = several ? line.split(patterns.schoolItemSeparator) : [line];
  const out: Array<School | null> = [];
  for (const item of items) {
    const m = patterns.uaiOne.exec(item);
    if (!m) continue;
    const email = item.match(patterns.email)?.[0] ?? null;
    const name = nameFromParts(item.replace(patterns.email, ' '), m[1]!, commune);
    out.push(name ? withEmail({ uai: m[1]!, name }, email) : null);
  }
  return out;
}

/** "CERET - 66 - ECOLE ELEMENTAIRE PUBLIQUE MARC CHAGALL - 0660560A" → the school's name. */
function nameFromParts(item: string, uai: string, commune: string | null = null): string | null {
  const cleaned = item.replace(uai, ' ').replace(patterns.uaiLabel, ' ').replace(patterns.parenthesised, (p) => (p.slice(1, -1).trim() === '' ? ' ' : p));
  let parts = cleaned.split(patterns.schoolPartSeparator).map((p) => trimPunctuation(p)).filter(Boolean);
  const dept = findLastIndex(parts, (p) => patterns.departmentPart.test(p));
  // "COMMUNE - 66 - NAME": what precedes the department code is the commune
  if (dept !== -1 && dept < parts.length - 1) parts = parts.slice(dept + 1);
  // "École publique du Bourg, Le Bourg, 43550 X": the address after a comma is no part of the name
  parts = parts.map((p) => cutAddressTail(p)).filter(Boolean);
  // "… – 3 rue du Stade – 25320 Montferrand": the school's address is no part of its name
  parts = parts.filter((p) => !patterns.departmentPart.test(p) && !patterns.notANameCell.test(p) && !patterns.annexPart.test(p)
    && !patterns.addressPart.test(p) && !patterns.postalCode.test(p));
  // "École inscrite : École primaire de X": the value after its label
  parts = parts.map((p) => trimPunctuation(p.slice(p.lastIndexOf(':') + 1))).filter(Boolean);
  // "École X – Locoal-Bihan": from the school's own name on, without the commune repeated after it
  const school = parts.findIndex((p) => patterns.schoolWord.test(p));
  if (school !== -1) parts = parts.slice(school).filter((p, i) => i === 0 || commune === null || foldKey(p) !== foldKey(commune));
  const name = parts.join(' - ').replace(patterns.whitespaceRun, ' ').trim();
  return name.length >= 2 ? name : null;
}

/** "École du Bourg, 5 route du Mézenc, 43550 X" → "École du Bourg": cut at the first comma of an address ending in a postal code */
function cutAddressTail(part: string): string {
  if (!patterns.postalCode.test(part)) return part;
  const pieces = part.split(patterns.commaSpace);
  if (pieces.length < 2) return part;
  let cut = 1;
  while (cut < pieces.length - 1 && !patterns.addressPart.test(pieces[cut]!.trim()) && !patterns.postalCode.test(pieces[cut]!)) cut++;
  return trimPunctuation(pieces.slice(0, cut).join(', '));
}

function withEmail(school: School, email: string | null): School {
  return email ? { ...school, email } : school;
}

function findLastIndex<T>(list: T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i;
  return -1;
}
