/**
 * Label folding: what is left of a label once its decoration is gone, so that "Numéro de
 * l’acte (15 caractères maxi, …) * :" and "numero de l'acte" compare equal (portals.md §6.2).
 */

/** Lower case, no accents, "n°" spelt out, every run of punctuation turned into one space. */
export function foldText(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\bn\s?°|\bno\./g, 'numero ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** foldText of a label without its hints in parentheses or brackets ("(15 caractères maxi)"). */
export function foldLabel(raw: string): string {
  return foldText(raw.slice(0, 1000).replace(/\([^()]{0,300}\)|\[[^[\]]{0,300}\]/g, ' '));
}

/** Folded words of a machine name: "numero_de_lacte" → "numero de lacte", "decisionDate" → "decision date". */
export function foldName(raw: string): string {
  return raw
    .slice(0, 200)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
