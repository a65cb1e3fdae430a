/**
 * French departments by name, for headers such as "DEPARTEMENT DU GARD", and by postal code.
 */
import { patterns } from '../patterns';
import { foldKey } from './fold';

const NAMES =
  '01 Ain|02 Aisne|03 Allier|04 Alpes-de-Haute-Provence|05 Hautes-Alpes|06 Alpes-Maritimes|07 Ardèche|08 Ardennes|09 Ariège|' +
  '10 Aube|11 Aude|12 Aveyron|13 Bouches-du-Rhône|14 Calvados|15 Cantal|16 Charente|17 Charente-Maritime|18 Cher|19 Corrèze|' +
  '2A Corse-du-Sud|2B Haute-Corse|21 Côte-d\'Or|22 Côtes-d\'Armor|23 Creuse|24 Dordogne|25 Doubs|26 Drôme|27 Eure|28 Eure-et-Loir|29 Finistère|' +
  '30 Gard|31 Haute-Garonne|32 Gers|33 Gironde|34 Hérault|35 Ille-et-Vilaine|36 Indre|37 Indre-et-Loire|38 Isère|39 Jura|' +
  '40 Landes|41 Loir-et-Cher|42 Loire|43 Haute-Loire|44 Loire-Atlantique|45 Loiret|46 Lot|47 Lot-et-Garonne|48 Lozère|49 Maine-et-Loire|' +
  '50 Manche|51 Marne|52 Haute-Marne|53 Mayenne|54 Meurthe-et-Moselle|55 Meuse|56 Morbihan|57 Moselle|58 Nièvre|59 Nord|' +
  '60 Oise|61 Orne|62 Pas-de-Calais|63 Puy-de-Dôme|64 Pyrénées-Atlantiques|65 Hautes-Pyrénées|66 Pyrénées-Orientales|67 Bas-Rhin|68 Haut-Rhin|69 Rhône|' +
  '70 Haute-Saône|71 Saône-et-Loire|72 Sarthe|73 Savoie|74 Haute-Savoie|75 Paris|76 Seine-Maritime|77 Seine-et-Marne|78 Yvelines|79 Deux-Sèvres|' +
  '80 Somme|81 Tarn|82 Tarn-et-Garonne|83 Var|84 Vaucluse|85 Vendée|86 Vienne|87 Haute-Vienne|88 Vosges|89 Yonne|' +
  '90 Territoire de Belfort|91 Essonne|92 Hauts-de-Seine|93 Seine-Saint-Denis|94 Val-de-Marne|95 Val-d\'Oise|' +
  '971 Guadeloupe|972 Martinique|973 Guyane|974 La Réunion|976 Mayotte';

const BY_NAME = new Map<string, string>();
for (const entry of NAMES.split('|')) {
  const space = entry.indexOf(' ');
  const code = entry.slice(0, space);
  const name = entry.slice(space + 1);
  BY_NAME.set(foldKey(name), code);
}
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
