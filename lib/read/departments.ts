/**
 * French departments by name, for headers such as "DEPARTEMENT DU GARD", and by postal code.
 */
import { patterns } from '../patterns';
import { foldKey } from './fold';
import { departmentNames } from '../identifiers/department';

const BY_NAME = new Map<string, string>();
for (const [code, name] of Object.entries(departmentNames)) BY_NAME.set(foldKey(name), code);
BY_NAME.set('REUNION', '974');
BY_NAME.set('HTE GARONNE', '31');
BY_NAME.set('CORSE DU SUD', '2A');

/** "PYRENEES-ORIENTALES" → "66"; tries the longest leading run of words first. */
export function departmentFromName(name: string): string | null {
  const words = foldKey(name).split(' ').filter(Boolean);
  for (let n = Math.min(words.length, 5); n >= 1; n--) {
    const code = BY_NAME.get(words.slice(0, n).join(' '));
    if (code) return code;
  }
  return null;
}

/** Only a whole department name ("Charente", not "Charente-Maritime" read as its prefix). */
export function departmentFromExactName(name: string): string | null {
  return BY_NAME.get(foldKey(name)) ?? null;
}

/** "31600" → "31", "97400" → "974", "20000" → "2A". */
export function departmentFromPostalCode(code: string): string | null {
  if (code.length !== 5) return null;
  if (code.startsWith('97') || code.startsWith('98')) return code.slice(0, 3);
  if (code.startsWith('20')) return Number(code) < 20200 ? '2A' : '2B';
  if (code.startsWith('00')) return null;
  return code.slice(0, 2);
}

/** "066" → "66", "974" → "974", "02A" → "2A" (the @CTES id pads to three characters). */
export function departmentFromActesPrefix(prefix: string): string | null {
  const p = prefix.toUpperCase();
  if (p.startsWith('97') || p.startsWith('98')) return p;
  const code = p.length === 3 && p.startsWith('0') ? p.slice(1) : p;
  if (code === '00' || code === '0') return null;
  return code.length === 2 ? code : null;
}

/** the heading lines where a department may be printed alone */
const HEADING_LINES = 12;
/** what separates a commune's name from its department on one line */
const PART_SEPARATORS = [' – ', ' — ', ' - ', ', '];

/**
 * A department printed alone in the heading: on its own line ("Ille-et-Vilaine" under the
 * commune's name) or after the commune's name ("COMMUNE DE X – DEUX-SÈVRES (79)"). Only a whole
 * name counts, and a line that completes "Mairie de" above it is a commune, not a department.
 * Offsets are within `heading`.
 */
export function departmentInHeading(heading: string): { code: string; start: number; end: number } | null {
  let lineStart = 0;
  let previous = '';
  for (let n = 0; n < HEADING_LINES && lineStart < heading.length; n++) {
    let lineEnd = heading.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = heading.length;
    const line = heading.slice(lineStart, lineEnd);
    const parts = [line];
    for (const separator of PART_SEPARATORS) {
      const at = line.lastIndexOf(separator);
      if (at > 0) parts.push(line.slice(at + separator.length));
    }
    // "Département : Ille-et-Vilaine"
    const label = patterns.departmentLabelLead.exec(line);
    if (label) parts.push(line.slice(label[0].length));
    for (const [i, part] of parts.entries()) {
      if (i === 0 && patterns.danglingWord.test(previous.trim())) continue;
      const { name, bracketed } = splitBracketedCode(part);
      const code = departmentFromExactName(name);
      // a name followed by another department's code is a commune: "Vienne (38)"
      if (code && (bracketed === null || bracketed === code)) {
        const start = lineStart + line.length - part.length;
        return { code, start, end: lineEnd };
      }
    }
    if (line.trim() !== '') previous = line;
    lineStart = lineEnd + 1;
  }
  return null;
}

/** "DEUX-SÈVRES (79)" → { name: "DEUX-SÈVRES", bracketed: "79" }; "(079)" reads as "79". */
function splitBracketedCode(part: string): { name: string; bracketed: string | null } {
  const trimmed = part.trim();
  const open = trimmed.lastIndexOf('(');
  if (open <= 0 || !trimmed.endsWith(')')) return { name: trimmed, bracketed: null };
  const inside = trimmed.slice(open + 1, -1).trim().toUpperCase();
  const bracketed = inside.length === 3 && inside.startsWith('0') ? inside.slice(1) : inside;
  return { name: trimmed.slice(0, open).trim(), bracketed };
}
