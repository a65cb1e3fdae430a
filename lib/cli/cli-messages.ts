/**
 * Wording of the `check` CLI: French first (the secretaries' language), English second.
 * Finding messages come from lib/messages via checkRecord; these are the CLI's own words.
 */
export type CliLang = 'fr' | 'en';

export type InputErrorCode =
  | 'usage' | 'missing-file' | 'not-a-file' | 'unreadable' | 'empty' | 'too-large' | 'binary'
  | 'office-document' | 'image' | 'pdf-no-text' | 'pdf-encrypted' | 'pdf-corrupt' | 'pdf-empty'
  | 'no-text' | 'unknown-genre';

const fr = {
  errors: {
    usage: 'Usage : npm run check -- [--json] [--lang fr|en] <fichier.txt|.html|.pdf>',
    'missing-file': 'Fichier introuvable : {file}',
    'not-a-file': 'Ce chemin n’est pas un fichier : {file}',
    unreadable: 'Impossible de lire le fichier {file} ({reason}).',
    empty: 'Le fichier {file} est vide : rien à vérifier.',
    'too-large': 'Le fichier {file} est trop volumineux ({size}) : Paraphe lit des fichiers de {max} au plus.',
    binary: 'Le fichier {file} n’est ni un texte, ni une page HTML, ni un PDF (fichier binaire ?).',
    'office-document': 'Le fichier {file} est un document bureautique (Word, OpenOffice…) : enregistrez-le en PDF ou en texte, puis relancez.',
    image: 'Le fichier {file} est une image : Paraphe ne lit pas encore les images. Utilisez le PDF texte de l’acte.',
    'pdf-no-text': 'Ce PDF ne contient pas de texte (document scanné ?) : Paraphe ne lit pas encore les images.',
    'pdf-encrypted': 'Ce PDF est protégé par un mot de passe ou chiffré : Paraphe ne peut pas le lire. Demandez une version non protégée.',
    'pdf-corrupt': 'Ce fichier PDF est endommagé ou n’est pas un PDF valide : Paraphe ne peut pas le lire.',
    'pdf-empty': 'Ce PDF ne contient aucune page.',
    'no-text': 'Le fichier {file} ne contient aucun texte lisible.',
    'unknown-genre': 'Aucune délibération ni convention reconnue dans {file} : vérifiez qu’il s’agit bien d’un acte du conseil municipal ou d’une convention.',
  } satisfies Record<InputErrorCode, string>,
  notes: {
    truncatedText: 'Texte très long : seuls les {max} premiers caractères sont lus.',
    truncatedPdf: 'PDF de {pages} pages : seules les {read} premières sont lues.',
    pagesWithoutText: 'Pages sans texte (scannées ?) ignorées : {pages}.',
    legacyEncoding: 'Fichier encodé en Windows-1252 (ancien format) : converti.',
    rulesUnavailable: 'Vérification des règles indisponible : {reason}',
    example: 'Aucun fichier indiqué : vérification de l’exemple intégré {file}.',
  },
  report: {
    title: 'Paraphe — vérification de « {source} »',
    contents: 'Contenu',
    kinds: { deliberation: 'délibération', convention: 'convention' },
    nothing: 'rien de reconnu',
    notStated: '—',
    blank: '(laissé en blanc)',
    pages: '{count} page(s)',
    sections: {
      commune: 'Commune', session: 'Séance', attendance: 'Présences', vote: 'Vote',
      deliberation: 'Délibération', convention: 'Convention',
    },
    findings: 'Constats',
    noFindings: 'Aucun constat : rien d’anormal relevé par les règles.',
    severities: { error: '✖ erreur', warning: '⚠ avertissement', info: 'ℹ info' },
    basis: 'Base',
    evidence: 'Extrait',
    notes: 'Remarques',
    yes: 'oui', no: 'non',
    proxy: '{from} → {to}',
  },
};

type Catalogue = typeof fr;

const en: Catalogue = {
  errors: {
    usage: 'Usage: npm run check -- [--json] [--lang fr|en] <file.txt|.html|.pdf>',
    'missing-file': 'File not found: {file}',
    'not-a-file': 'This path is not a file: {file}',
    unreadable: 'Cannot read {file} ({reason}).',
    empty: '{file} is empty: nothing to check.',
    'too-large': '{file} is too large ({size}): Paraphe reads files up to {max}.',
    binary: '{file} is neither text, an HTML page nor a PDF (binary file?).',
    'office-document': '{file} is an office document (Word, OpenOffice…): save it as PDF or text and try again.',
    image: '{file} is an image: Paraphe does not read images yet. Use the text PDF of the act.',
    'pdf-no-text': 'This PDF has no text (scanned document?): Paraphe does not read images yet.',
    'pdf-encrypted': 'This PDF is password-protected or encrypted: Paraphe cannot read it.',
    'pdf-corrupt': 'This PDF file is damaged or not a valid PDF: Paraphe cannot read it.',
    'pdf-empty': 'This PDF has no page.',
    'no-text': '{file} contains no readable text.',
    'unknown-genre': 'No council deliberation or convention recognised in {file}.',
  },
  notes: {
    truncatedText: 'Very long text: only the first {max} characters are read.',
    truncatedPdf: 'PDF of {pages} pages: only the first {read} are read.',
    pagesWithoutText: 'Pages without text (scanned?) ignored: {pages}.',
    legacyEncoding: 'File encoded in Windows-1252 (legacy): converted.',
    rulesUnavailable: 'Rule checks unavailable: {reason}',
    example: 'No file given: checking the bundled example {file}.',
  },
  report: {
    title: 'Paraphe — checking “{source}”',
    contents: 'Contents',
    kinds: { deliberation: 'deliberation', convention: 'convention' },
    nothing: 'nothing recognised',
    notStated: '—',
    blank: '(left blank)',
    pages: '{count} page(s)',
    sections: {
      commune: 'Municipality', session: 'Session', attendance: 'Attendance', vote: 'Vote',
      deliberation: 'Deliberation', convention: 'Convention',
    },
    findings: 'Findings',
    noFindings: 'No findings: the rules saw nothing wrong.',
    severities: { error: '✖ error', warning: '⚠ warning', info: 'ℹ info' },
    basis: 'Basis',
    evidence: 'Evidence',
    notes: 'Notes',
    yes: 'yes', no: 'no',
    proxy: '{from} → {to}',
  },
};

export const cliMessages: Record<CliLang, Catalogue> = { fr, en };

export function fill(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
