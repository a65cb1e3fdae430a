/**
 * Every regular expression of the readers, each with a one-line comment (STYLE.md), so the
 * ReDoS sweep (test/read/patterns-redos.test.ts) can time them all on hostile input.
 * Rules for adding one: no nested quantifiers over overlapping classes, bounded repeats
 * ({0,n}) for anything that can span text, and scan bounded windows in the callers.
 * Global patterns are used through String.prototype.matchAll / replace, which never share lastIndex.
 */

/** a French number word, not a prefix of a longer word ("sept" but not "septembre") */
const NUM_WORD =
  "(?:z[ée]ro|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille|mil|premier)(?![a-zà-ÿ])";
/** up to nine number words joined by spaces, hyphens or "et" */
const NUM_WORDS = `${NUM_WORD}(?:(?:[ -]et[ -]|[ -]{1,3})${NUM_WORD}){0,8}`;
const MONTH =
  '(janvier|janv\\.?|f[ée]vrier|f[ée]vr?\\.?|mars|avril|avr\\.?|mai|juin|juillet|juil\\.?|ao[ûu]t|septembre|sept\\.?|octobre|oct\\.?|novembre|nov\\.?|d[ée]cembre|d[ée]c\\.?)(?![a-zà-ÿ])';
const WEEKDAY = '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)';
const DAY = `(1\\s?er|premier|\\d{1,2}|${NUM_WORDS})`;
const YEAR = `(\\d{4}|(?:deux\\s+)?mil(?:le)?(?![a-z])${'(?:(?:[ -]et[ -]|[ -]{1,3})' + NUM_WORD + '){0,6}'})`;
/** an amount with optional thousands groups and decimals, then the currency */
const AMOUNT = '(?<![\\d.,])(\\d{1,3}(?:[ .]\\d{3}){1,3}(?:,\\d{1,2})?|\\d{1,9}(?:[.,]\\d{1,2})?)\\s?(?:€|euros?\\b|EUR\\b)(?:\\s?TTC\\b)?';
/** a person's name: capitalised words, particles allowed (bounded) */
const PLACE_NAME = "([A-ZÀ-Ý][A-Za-zÀ-ÿ'’-]{1,40}(?:[ -](?:sur|sous|en|le|la|les|de|du|des|d'|l')?[ -]?[A-ZÀ-Ý][A-Za-zÀ-ÿ'’-]{1,40}){0,4})";

export const fragments = { NUM_WORDS, MONTH, DAY, YEAR, AMOUNT };

/** a role heading inside a list of members (see patterns.roleGroupLabel) */
const ROLE_GROUP_LABEL = /^[ \t]{0,8}(?:(?:le|la|les|mmes?\s+et\s+mm\.?)\s+)?(?:groupe\s[^:\n]{1,70}|non[ -]inscrits?|ind[ée]pendants?|maire|maire-adjointe?s?|adjointe?s?(?:\s+au\s+maire)?|conseill[eè]re?s?(?:\s+municipa(?:l|le|ux|les))?(?:\s+d[ée]l[ée]gu[ée]e?s?)?)[ \t]{0,3}:/i;
/** one line of a transmission stamp (see patterns.stampLine) */
const STAMP_LINE = /^[ \t]*(?:(?:ID|Identifiant(?:\s+de\s+l'acte)?)[ \t]*:[^\n]{0,80}|[^\n]{0,40}\b\d{3}-\d{9}-\d{8}-[A-Za-z0-9_]{1,30}-[A-Z]{2}\b[^\n]{0,40}|(?:Accus[ée]|Envoy[ée]|Re[çc]u|R[ée]ception|Publi[ée]|Publication|Affich[ée]|Acte\s+certifi[ée]|Certifi[ée]\s+ex[ée]cutoire|Date\s+de\s+(?:r[ée]ception|publication|t[ée]l[ée]transmission|l'accus[ée]))(?![A-Za-zÀ-ÿ])[^\n]{0,100})$/im;

/** a UAI code (see patterns.uai) */
const UAI = /(?<![\w.@\/-])(\d{7}[A-Za-z])(?![\w@])/;
/** a label opening a list of the attendance block (see patterns.attendanceLabel) */
const ATTENDANCE_LABEL = /(?:^[ \t]{0,8}|(?<=[ \t][–—][ \t]{1,3}))(?:(?:[ée]taient|sont)\s{1,3}(?=repr|excus|absent))?((?:(?:[ée]taient|sont)\s{1,3})?(?:membres\s+|conseillers\s+(?:communautaires\s+|municipaux\s+)?|d[ée]l[ée]gu[ée]s(?:\s+titulaires|\s+suppl[ée]ants)?\s+)?pr[ée]sent(?:\((?:e|s|es|e\)s|ées?)\)s?|e?s?)|(?:[ée]taient\s{1,3})?absent(?:\((?:e|s|es|e\)s|ées?)\)s?|e?s?)(?:\s{1,3}excus[ée](?:\((?:e|s|es|e\)s|ées?)\)s?|e?s?))?(?:\s{1,3}(?:et\s+|non\s+)?(?:ayant\s+donn[ée]|repr[ée]sent[ée]|excus[ée])[^:\n]{0,40})?|excus[ée](?:\((?:e|s|es|e\)s|ées?)\)s?|e?s?)(?:\s{1,3}(?:ayant\s+donn[ée]|repr[ée]sent[ée])[^:\n]{0,40})?|(?:avaient|ont|a|ayant)\s{1,3}donn[ée]\s{1,3}(?:pouvoirs?|procurations?)|(?:dont\s+)?procurations?(?:\s+donn[ée]es)?|(?:dont\s+)?pouvoirs?(?:\s+donn[ée]s)?|repr[ée]sent[ée](?:\((?:e|s|es|e\)s|ées?)\)s?|e?s?)(?:\s+par\s+procuration)?|secr[ée]taire(?:\s+de\s+s[ée]ance)?(?:\s+(?:d[ée]sign[ée]e?|[ée]lue?|nomm[ée]e?)(?:\(e\))?)?)(?:[ \t]{0,2}\(\d{1,3}\))?[ \t]{0,3}(?::|$|(?<=\t)|(?=(?:tous\s+les|l'ensemble\s+des)\s))/im;

export const patterns = {
  // ── text normalisation ──────────────────────────────────────────────
  /** page footers a PDF or a print leaves between lines: "Page 2/5", "page 3 sur 7", "- 2 -" */
  pageFooterLine: /^[ \t]*(?:[^\n]{1,90}?[ \t]\bpage[ \t]{0,3}\d{1,3}[ \t]{0,3}(?:\/|sur)[ \t]{0,3}\d{1,3}|page[ \t]{0,3}\d{1,3}(?:[ \t]{0,3}(?:\/|sur)[ \t]{0,3}\d{1,3})?(?:[ \t]{1,3}[—–-][^\n]{0,80})?|-[ \t]?\d{1,3}[ \t]?-|\d{1,3}[ \t]?\/[ \t]?\d{1,3})[ \t]*$/i,
  /** a Markdown heading marker at the start of a line */
  markdownHeading: /^[ \t]{0,3}#{1,6}[ \t]+/,
  /** a character Markdown escapes with a backslash ("\\-", "\\.") */
  markdownEscapable: /^[-.#*_()[\]!+`]$/,
  /** a Markdown quote marker at the start of a line */
  quoteMarker: /^>[ \t]?/,
  /** a letter (for the apostrophe clean-up of OCR text) */
  letter: /^[A-Za-zÀ-ÿ]$/,
  /** a line that may be a page footer (cheap pre-test before the line pass) */
  /** words of a transmission stamp, to look for repeated stamp lines only when there may be some */
  stampLineHint: /pr[ée]fecture|accus[ée]|\d{3}-\d{9}-\d{8}-/i,
  /** one line of a transmission stamp: the @CTES id, or a line opening with a stamp's words */
  stampLine: new RegExp(STAMP_LINE.source, 'gim'),
  /** the same, for one line (no global state) */
  stampLineOne: STAMP_LINE,
  footerHint: /^[ \t]*(?:page[ \t]{0,3}\d{1,3}|[^\n]{1,90}?\bpage[ \t]{0,3}\d{1,3}[ \t]{0,3}(?:\/|sur)[ \t]{0,3}\d{1,3}[ \t]*$|-[ \t]?\d{1,3}[ \t]?-[ \t]*$|\d{1,3}[ \t]?\/[ \t]?\d{1,3}[ \t]*$)/im,
  /** a word a sentence cannot end on ("de", "des", "à", "l'"): the line was wrapped */
  danglingWord: /(?:^|[ '])(?:de|du|des|la|le|les|à|au|aux|et|en|par|pour|sur|un|une|ou|dans|avec|l'|d')$/i,
  /** a line that starts in lower case: a wrapped sentence goes on */
  lowerStart: /^[a-zà-ÿ]/,
  /** a line that stops mid-sentence (no closing punctuation) */
  sentenceGoesOn: /[^.;:!?)»\s]$/,
  /** a gap of 3+ spaces between two texts on a line (a column or a table cell boundary) */
  wideGap: /\S {3}/,
  /** a row's label in a labelled layout without colons: "Présents", "Pouvoirs", "Secrétaire", "Objet" */
  rowLabelCell: /^(?:(?:membres\s+)?pr[ée]sente?s?|repr[ée]sent[ée]e?s?|pouvoirs?|procurations?|absente?s?(?:\s+excus[ée]e?s?)?|excus[ée]e?s?|secr[ée]taire(?:\s+de\s+s[ée]ance)?|objet|vote|votants|pour|contre|abstentions?|pr[ée]sidence|pr[ée]sident|lieu)$/i,
  /** a cell holding only a code or a row number ("9720377C", "12"): the key of a table row */
  codeCell: /^(?:\d{1,3}|\d{7}[A-Za-z]|[A-Z]{1,4}[-_]?\d{1,6})$/,
  /** every such gap in a line */
  wideGapAll: /\S {3,}(?=\S)/g,
  /** the first such gap in a line (after the character before it) */
  innerWideGap: /\S( {3,})(?=\S)/,
  /** a word hyphenated at a line end ("acadé-\nmique") */
  lineEndHyphen: /[A-Za-zÀ-ÿ]-[ \t]*\r?\n/,
  /** the second half of a compound, not of a cut word ("Rillieux-\nles-Monts", "Saint-\nsur-…") */
  compoundParticle: /^(?:les?|la|sur|sous|en|de|du|des|lès|d'|l')(?![a-zà-ÿ])/,
  /** Markdown superscript braces from a converter ("1^{er}") */
  superscriptBraces: /\^\{([^{}\n]{1,6})\}/g,

  // ── words and numbers ───────────────────────────────────────────────
  /** separators between French number words */
  numberWordSeparator: /[\s-]+/,
  /** a day of month in digits */
  dayDigits: /^\d{1,2}$/,
  /** a year in digits */
  yearDigits: /^\d{4}$/,
  /** text that starts with a digit (a count, not a list of names) */
  startsWithDigit: /^\s*\d/,
  /** a letter of any case, to measure how much of a line is upper case */
  nonLetter: /[^A-Za-zÀ-ÿ]/g,
  /** anything but an upper-case letter */
  nonUpper: /[^A-ZÀ-Ý]/g,
  /** a bare count in digits */
  digitsOnly: /^\d{1,6}$/,
  /** combining accents left by NFD, to strip */
  combiningMarks: /[\u0300-\u036f]/g,
  /** anything that is not a letter or digit, for folded keys */
  nonAlphanumericRun: /[^0-9A-Z]+/g,
  /** a run of whitespace */
  whitespaceRun: /\s+/g,

  // ── dates and times ─────────────────────────────────────────────────
  /** 20/06/2024, 20-06-2024, 20.06.24 (same separator twice) */
  numericDate: /(?<![\d\/.-])(\d{1,2})(?:er)?[ ]?([\/.-])[ ]?(\d{1,2})[ ]?\2[ ]?(\d{4}|\d{2})(?![\d\/])/g,
  /** 2024-06-20 */
  isoDate: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g,
  /** [lundi] [le] 27 novembre 2023 / 1er juin 2024 / vingt-sept du mois d'octobre deux mille vingt et un */
  wordDate: new RegExp(
    `(?<![a-zà-ÿ\\d])(?:${WEEKDAY}\\s{1,3})?${DAY}\\s{1,3}(?:du\\s+mois\\s+(?:de\\s+|d['’]))?${MONTH}\\s{0,3}(?:de\\s+l['’]ann[ée]e\\s+)?${YEAR}(?![a-zà-ÿ\\d])`,
    'gi',
  ),
  /** "L'an deux mille vingt et un, le vingt-sept du mois d'octobre": year first, then day and month */
  yearFirstDate: new RegExp(
    `\\bl['’]an\\s{1,3}${YEAR}\\s{0,3},?\\s{0,3}(?:et\\s+)?(?:le\\s+)?(?:${WEEKDAY}\\s{1,3})?${DAY}\\s{1,3}(?:du\\s+mois\\s+(?:de\\s+|d['’]))?${MONTH}`,
    'gi',
  ),
  /** a time: 18h30, 18 h 30, 18:30, 18 heures 30, 9 heures */
  digitTime: /(?<![\d\/.,])([01]?\d|2[0-3])[ ]?(?:heures?|h(?![a-zà-ÿ])|:(?=[0-5]\d))[ ]?([0-5]\d)?(?!\d)/i,
  /** a time in words: "dix-huit heures trente", "neuf heures", "vingt heures et demie" */
  wordTime: new RegExp(`(${NUM_WORDS})\\s{1,3}heures?(?:\\s{1,3}(et\\s+demie|et\\s+quart|${NUM_WORDS}|\\d{2}))?`, 'i'),

  // ── shared label helpers ────────────────────────────────────────────
  /** what may sit between a label and its value: spaces, a colon, dots of a form */
  labelGap: /^[ \t]{0,8}:?[ \t]{0,8}/,
  /** a placeholder left for a value: "....", "____", "…", "/ /" */
  /** the gap a generated draft leaves: "[à compléter : …]" */
  draftGap: /\[\s?[àa] compl[ée]ter\b/i,
  placeholder: /^(?:[._…]{2,}|…|\/[ \t]*\/|\[[ \t]*\])/,
  /** words that end a blank date in a sentence ("le et de la publication le") or a next label ("ID :") */
  blankFollower: /^(?:et\b|ID\b|en deux exemplaires|en \d+ exemplaires|[A-ZÀ-Ý][A-Za-zÀ-ÿ' ]{0,40}:|[.;,](?:[ \t]+[A-ZÀ-Ý]|[ \t]*$))/,

  // ── document structure ──────────────────────────────────────────────
  /** the parties clause that opens a convention: "Entre :", "Entre, d'une part,", "ENTRE LES SOUSSIGNÉS" */
  conventionPartiesStart: /^[ \t]{0,8}entre\b[ \t]{0,3}(?::|,|les\s+soussign|la\s|le\s|l'|d'une|$)/gim,
  /** the word "convention" */
  conventionWord: /\bconvention\b/i,
  /** a convention's title line: "Convention de partenariat…", "## CONVENTION ENT", "Annexe : convention…" */
  conventionTitleStart: /^[ \t]{0,8}(?:annexe[^\n:–—-]{0,20}[:–—-]\s{0,3}|projet\s+de\s+|\d{1,2}[.)]\s{1,3})?(?:convention|avenant)\b/i,
  /** a parties clause standing alone on its line ("Entre :", "ENTRE LES SOUSSIGNÉS :") */
  partiesLineAlone: /^[ \t]{0,8}entre\b[ \t]{0,3}(?:les\s+soussign[ée]s)?[ \t]{0,3}[:,]?[ \t]{0,3}(?:d'une\s+part[ \t]{0,3}[,:]?)?[ \t]*$/i,
  /** "Il est convenu ce qui suit" / "il a été convenu" */
  agreedClause: /\bil\s+(?:est|a\s+été)\s+convenu\b/i,
  /** what tells a deliberation: register extract, "après en avoir délibéré", "le conseil municipal … décide" */
  deliberationSignal: /extrait\s+du\s+registre\s+des\s+d[ée]lib[ée]rations|en\s+avoir\s+d[ée]lib[ée]r[ée]|apr[èe]s\s+d[ée]lib[ée]ration|d[ée]lib[ée]ration\s+n°|\bdcm\s*n°|le\s+conseil\s+(?:municipal|communautaire)\s*,?\s+(?:d[ée]cide|approuve|adopte|autorise)|s'est\s+r[ée]uni|se\s+sont\s+r[ée]unis|d[ée]lib[ée]r[ée]\s+(?:à|a)\s+l'unanimit/i,
  /** the convocation just before a date ("convoqué le", "convocation du"): not the session date */
  convocationBefore: /convoqu[ée]e?s?\s{1,3}(?:le|du)\s{0,3}$|convocation[^\n]{0,20}$/i,
  /** a convention's title at a line start, for documents without an "Entre" clause */
  conventionTitleLine: /^[ \t]{0,8}(?:convention|avenant)\b[^\n]{0,300}$/gim,
  /** what tells a convention by itself: a convention title and its parties or articles */
  conventionSignal: /^[ \t]{0,8}(?:convention|avenant)\b/im,
  /** an article heading */
  articleHeading: /^[ \t]{0,8}article\s+\d{1,2}/im,

  // ── transmission stamps (@CTES) ─────────────────────────────────────
  /** @CTES id DDD-SIREN-YYYYMMDD-NUMBER-NATURE, kept as printed even with a short SIREN */
  actesId: /(?<![\w-])(\d{3}|0?2[AB])-([0-9]{7,10})-(\d{8})-([A-Za-z0-9_]{1,30}(?:-[A-Za-z0-9_]{1,30}){0,3}?)-(DE|AR|AI|CC|BF|AU|de|ar|ai|cc|bf|au)(?![\w-])/g,
  /** sent to the prefecture: "Envoyé en préfecture le", "transmission en Préfecture le :", "Date de télétransmission :" */
  transmittedLabel: /\b(?:(?:envoy[ée]e?s?|transmise?s?|t[ée]l[ée]transmise?s?|transmission|t[ée]l[ée]transmission|d[ée]pos[ée]e?s?|d[ée]p[ôo]t)\s{1,3}(?:(?:en|à\s+la|au|à)\s{1,3})?(?:(?:sous[- ]?)?pr[ée]fecture|contr[ôo]le\s+de\s+l[ée]galit[ée]|repr[ée]sentant\s+de\s+l'[ÉEée]tat|pr[ée]fet|pr[ée]f[eè]te|sous-pr[ée]fet)(?:\s{1,3}(?:de\s+la|de|du|des|d')\s{0,3}[A-ZÀ-Ý][\w'-]{1,30}(?:[ -][A-ZÀ-Ý][\w'-]{1,30}){0,2})?\s{0,3}(?:le\b|:)|date\s+de\s+(?:t[ée]l[ée])?transmission(?:\s+(?:en|à\s+la)\s+(?:sous[- ]?)?pr[ée]fecture|\s+au\s+contr[ôo]le\s+de\s+l[ée]galit[ée])?\s{0,3}:?|t[ée]l[ée]transmise?\s+le\b)/gi,
  /** received by the prefecture: "Reçu en préfecture le", "Reçu le:", "Date de réception préfecture :" */
  receivedLabel: /\b(?:AR\s{1,3}(?:de\s{1,3}(?:la\s{1,3})?)?pr[ée]fecture\s{0,3}:?(?:\s{1,3}(?:le|du))?|re[çc]ue?\s{1,3}(?:(?:en|à\s+la)\s{1,3}(?:sous[- ]?)?pr[ée]fecture(?:\s{1,3}(?:de\s+la|de|du|des|d')\s{0,3}[A-ZÀ-Ý][\w'-]{1,30}(?:[ -][A-ZÀ-Ý][\w'-]{1,30}){0,2})?\s{1,3})?le\b|date\s+de\s+r[ée]ception(?:\s+(?:en\s+|de\s+la\s+|à\s+la\s+)?(?:sous[- ]?)?pr[ée]fecture)?\s{0,3}:?|accus[ée]\s+de\s+r[ée]ception\s+(?:en\s+)?(?:sous[- ]?)?pr[ée]fecture\s{1,3}(?:le|du)\b|r[ée]ception\s+(?:par\s+le\s+pr[ée]fet|en\s+pr[ée]fecture|pr[ée]fecture)\s{0,3}(?:le\b|:)|accus[ée]\s+de\s+r[ée]ception\s+(?:du|le)\b|\bAR\s+(?:du|le)\b|date\s+de\s+l'AR\s{0,3}:)/gi,
  /** published / posted: "Publié le", "publication le", "l'affichage le", "Affiché le", "Date de publication :" */
  publishedLabel: /\b(?:(?<![dl]')(?:publication|affichage|mise\s+en\s+ligne)\s{0,3}:|affich[ée]e?s?\s{1,3}du\b|publi[ée]e?s?(?:\s{1,3}(?:sur|par|au|à|en|dans)\s[^\n]{0,50}?)?\s{1,3}le\b|(?:publication|affichage|mise\s+en\s+ligne)\s{1,3}le\b|affich[ée]e?s?\s{1,3}le\b|mise?\s+en\s+ligne\s+le\b|date\s+de\s+(?:publication|mise\s+en\s+ligne)\s{0,3}:?)/gi,
  /** a posting ("affichage", "affiché") rather than a publication */
  postingWord: /^affich/i,
  /** the convocation nearby: a posting date that belongs to the convocation, not the act */
  convocationNearby: /convocation|convoqu/i,

  // ── people ──────────────────────────────────────────────────────────
  /** a civility before a name: M., MM, Mme, MMES, Monsieur, Madame… (also glued: "M.LANSADE") */
  leadingCivility: /^(?:Messieurs|Mesdames|Monsieur|Madame|Mademoiselle|MESSIEURS|MESDAMES|MONSIEUR|MADAME|MADEMOISELLE|MMES|Mmes|MME|Mme|Mlle|MM|Mr|Dr|M)(?:\.[ \t]{0,3}|[ \t]{1,3}|$)/,
  /** a civility ending a line: the name follows on the next line */
  /** "… à Martine", "Mme Lucie": a capitalised first name (not a surname in capitals) ending a list line */
  firstNameAtLineEnd: /(?:^|[\s,;:])(?:(?:à|par)\s+|(?:Monsieur|Madame|Mme|MME|M\.|Mlle)\s+)[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?$/,
  /** the first separator of a list line */
  nameListSeparatorOnce: /[,;.]/,
  /** "BAYLAC ;", "LE GOFF.", "MUGNERET a donné…": a surname in capitals opening a list line */
  surnameAtLineStart: /^[A-ZÀ-Ý]{2,}(?:[-' ][A-ZÀ-Ý]{2,}){0,2}(?=$|[\s,;.)])/,
  /** a list line ending on the link of a proxy ("X à", "représenté par"): the holder is on the next line */
  proxyLinkAtLineEnd: /\s(?:à|par)$/,
  trailingCivility: /(?:^|\s)(?:Monsieur|Madame|MONSIEUR|MADAME|MMES|Mmes|MME|Mme|Mlle|MM\.?|M\.)$/,
  /** a civility inside a list, where a new person (or group) starts: "… ZIOUANI Mahjoubia MM BERGIA" */
  inlineCivility: /[ \t](?=(?:Messieurs|Mesdames|Monsieur|Madame|Mademoiselle|MESSIEURS|MESDAMES|MONSIEUR|MADAME|MMES|Mmes|MME|Mme|Mlle|MM\.?|M\.)[ \t])/g,
  /** words linking a giver to a holder, after which a civility continues the same entry */
  linkBeforeCivility: /(?:^|\s)(?:à|a|par|de|au|->|→|=>)[ \t]{0,3}$/i,
  /** "le Maire", "Madame la Maire" standing for a name */
  mayorWords: /^(?:(?:le|la|son|sa)\s+(?:maire|pr[ée]sident(?:e)?|recteur|rectrice|directeur\s+acad[ée]mique|directrice\s+acad[ée]mique|secr[ée]taire\s+g[ée]n[ée]ral(?:e)?)|l'(?:ia-?)?dasen|l'inspect(?:eur|rice)\s+d'acad[ée]mie)\b(?:\s+(?:de|du|des)\s+[^,]{1,40})?[ ,]*/i,
  /** a role printed after a name: ", Maire", " Adjoint", ", Conseillère Municipale", "1er adjoint" */
  trailingRole: /[ ,;–-]{1,4}(?:(?:\d{1,2}(?:[eè]re|er|[eè]me|e|re)\s+)?(?:maires?(?:[- ]adjointe?s?)?|adjointe?s?(?:\s+au\s+maire)?|conseill[eè]re?s?(?:\s+municipa(?:l|le|les|ux))?(?:\s+d[ée]l[ée]gu[ée]e?s?)?|d[ée]l[ée]gu[ée]e?s?|pr[ée]sidente?|secr[ée]taire(?:\s+de\s+s[ée]ance)?)\.?)$/i,
  /** a whole item that is only a role ("Maire", "Conseillers Municipaux", "Adjoint") */
  roleOnly: /^(?:\d{1,2}(?:[eè]re|er|[eè]me|e|re)\s+)?(?:maires?(?:[- ]adjointe?s?)?|adjointe?s?(?:\s+au\s+maire)?|conseill[eè]re?s?(?:\s+municipa(?:l|le|les|ux))?(?:\s+d[ée]l[ée]gu[ée]e?s?)?|d[ée]l[ée]gu[ée]e?s?|pr[ée]sidente?|membres?|[ée]lus?|excus[ée]e?s?|absente?s?|n[ée]ant|aucune?|sans\s+objet|tous|toutes)\.?$/i,
  /** a parenthesised note after a name ("(arrivé à 18h45)") */
  parenthesised: /\([^()]{0,120}\)/g,
  /** an upper-case letter: a name has at least one */
  upperLetter: /[A-ZÀ-Ý]/,
  /** digits: not in a name */
  digit: /\d/,
  /** separators of a name list: comma, semicolon, tab, new line, spaced dash, " et " */
  nameListSeparator: /[ \n](?:–|—|-)(?=[ \t]|$)|[,;\t\n]|[ ](?:et|ET)[ ](?=[A-ZÀ-Ý])/gm,

  // ── attendance ──────────────────────────────────────────────────────
  /** a list label at the start of a line: "Présents :", "Etaient présents :", "Absent(s) ayant donné procuration :", "POUVOIRS :" */
  /** a role heading inside a list of members: "Le Maire :", "Les Adjoints :", "Conseillers municipaux :" */
  /** "tous les conseillers en exercice sauf …": the members named after it are the ones not present */
  allPresentExcept: /^[ \t]{0,3}(?:tous\s+les|l'ensemble\s+des)\s+(?:membres|conseill[eè]re?s)(?:\s+municipaux)?(?:\s+en\s+exercice)?[ \t,]{1,3}(?:sauf|except[ée]s?|[àa]\s+l'exception\s+d[ue])\s{1,3}/i,
  roleGroupLabel: ROLE_GROUP_LABEL,
  roleGroupLabelAll: new RegExp(ROLE_GROUP_LABEL.source, 'gim'),
  attendanceLabel: new RegExp(ATTENDANCE_LABEL.source, 'gim'),
  /** the same, to test one line (no global state) */
  attendanceLabelOne: ATTENDANCE_LABEL,
  /** a proxy label ("Procurations", "Pouvoirs", "ayant donné procuration", "Représentés") */
  proxyLabelWord: /procuration|pouvoir|(?<!non\s)repr[ée]sent/i,
  /** an absence label */
  absentLabelWord: /absent|excus/i,
  /** a presence label */
  presentLabelWord: /pr[ée]sent/i,
  /** a secretary label */
  secretaryLabelWord: /secr[ée]taire/i,
  /** a line that starts the body of the act, ending an attendance list */
  bodyLineStart: /^[ \t]{0,8}(?:vu\b|consid[ée]rant|entendu|apr[èe]s\b|sur\s+(?:le\s+)?rapport|sur\s+proposition|le\s+(?:maire|conseil|rapporteur|pr[ée]sident)\b|la\s+(?:maire|pr[ée]sidente)\b|monsieur\s+le|madame\s+la|m\.\s+le\s+maire|rapporteur|objet|ordre\s+du\s+jour|date\b|nombre\b|il\s|elle\s|la\s+s[ée]ance|conform[ée]ment|d[ée]lib[ée]ration|extrait|s[ée]ance|l'an\b|le\s+quorum|quorum|envoy|re[çc]u|publi|id\s*:|accus|n°)/i,
  /** a sentence's verb ("X est désigné secrétaire", "Le quorum a été atteint"): body text, not a list entry */
  sentenceVerb: /\s(?:est|sont|a\s+été|ont\s+été)\s+(?!repr[ée]sent|absente?s?\b|excus|arriv|parti)/i,
  /** a generic "Label :" line (ends a list) */
  genericLabelLine: /^[ \t]{0,8}[A-ZÀ-Ýa-zà-ÿ'][A-Za-zÀ-ÿ' ()]{1,40}:/,
  /** a lower-case word (sentence text rather than a list of names) */
  lowerWord: /(?<![A-Za-zÀ-ÿ'-])[a-zà-ÿ][a-zà-ÿ]{3,}(?![A-Za-zÀ-ÿ-])/g,
  /** members in office: "En exercice : 29", "Nombre de conseillers en exercice : 15", "En exercice\t27" */
  inOfficeCount: /\ben\s+(?:exercice|fonctions?)(?:[ \t]{0,3}[:=]?[ \t]{0,3}|[ \t]{0,3}:?[ \t]{0,3}\n[ \t]{0,3}(?::[ \t]{0,3})?(?=\d{1,3}(?:[ \t]*(?:\n|$)|[ \t]{0,3}[–—;,]|[ \t]{1,3}-[ \t])))(\d{1,3})(?![\d\/]|[.,]\d)|(?<![\d\/.,])(\d{1,3})[ \t]{1,3}(?:conseillers\s+|membres\s+)?en\s+exercice\b/gi,
  /** a count in parentheses after a list label: "Présents (9) :", "Représentée (1) :" */
  countInParentheses: /\b(pr[ée]sent|repr[ée]sent|absent|excus|procuration|pouvoir|votant)[a-zé()]{0,6}\s{0,2}\(\s{0,2}(\d{1,3})\s{0,2}\)/gi,
  /** present: "Présents : 26", "Membres présents lors du conseil : 18", "Présents\t19" */
  presentCount: /\b(?:pr[ée]sente?s?|pr[ée]sent\(e\)s)(?:\s+lors\s+du\s+conseil|\s+à\s+la\s+s[ée]ance|\s+pour\s+ce\s+point|\s+lors\s+du\s+vote)?(?:[ \t]{0,3}[:=]?[ \t]{0,3}|[ \t]{0,3}:?[ \t]{0,3}\n[ \t]{0,3}(?::[ \t]{0,3})?(?=\d{1,3}(?:[ \t]*(?:\n|$)|[ \t]{0,3}[–—;,]|[ \t]{1,3}-[ \t])))(\d{1,3})(?![\d\/]|[.,]\d)|(?<![\d\/.,]|[:=][ \t]{0,3})(\d{1,3})[ \t]{1,3}(?:membres\s+|conseillers\s+)?pr[ée]sents\b/gi,
  /** represented: "Représentés : 8", "Procurations : 03", "Pouvoirs : 2" */
  representedCount: /\b(?<!ou\s{1,3})(?:repr[ée]sent[ée]e?s?|procurations?|pouvoirs?)(?:[ \t]{0,3}[:=]?[ \t]{0,3}|[ \t]{0,3}:?[ \t]{0,3}\n[ \t]{0,3}(?::[ \t]{0,3})?(?=\d{1,3}(?:[ \t]*(?:\n|$)|[ \t]{0,3}[–—;,]|[ \t]{1,3}-[ \t])))(\d{1,3})(?![\d\/]|[.,]\d)|(?<![\d\/.,]|[:=][ \t]{0,3})(\d{1,3})[ \t]{1,3}(?:membres\s+|conseillers\s+)?repr[ée]sent[ée]{1,2}s?(?![a-zà-ÿ])/gi,
  /** absent: "Absents : 3", "Membres absents : 5" */
  absentCount: /\b(?:absente?s?|absent\(e\)s|absent\(s\))(?:\s+excus[ée]s)?(?:[ \t]{0,3}[:=]?[ \t]{0,3}|[ \t]{0,3}:?[ \t]{0,3}\n[ \t]{0,3}(?::[ \t]{0,3})?(?=\d{1,3}(?:[ \t]*(?:\n|$)|[ \t]{0,3}[–—;,]|[ \t]{1,3}-[ \t])))(\d{1,3})(?![\d\/]|[.,]\d)|(?<![\d\/.,]|[:=][ \t]{0,3})(\d{1,3})[ \t]{1,3}(?:membres\s+|conseillers\s+)?absents\b/gi,
  /** voters: "Votants : 29", "Nombre de votants : 21", "Qui ont pris part à la délibération : 30", "ayant pris part à la délibération : 10", "Votants\n: 14" */
  votersCount: /\b(?:votants|(?:ont|ayant)\s+pris\s+part\s+(?:à\s+la\s+d[ée]lib[ée]ration|au\s+vote))(?:[ \t]{0,3}[:=]?[ \t]{0,3}|[ \t]{0,3}:?[ \t]{0,3}\n[ \t]{0,3}(?::[ \t]{0,3})?(?=\d{1,3}(?:[ \t]*(?:\n|$)|[ \t]{0,3}[–—;,]|[ \t]{1,3}-[ \t])))(\d{1,3})(?![\d\/]|[.,]\d)|(?<![\d\/.,]|[:=][ \t]{0,3})(\d{1,3})[ \t]{1,3}(?:membres\s+|conseillers\s+)?votants\b/gi,

  // ── proxies ─────────────────────────────────────────────────────────
  /** "X (procuration à Y)", "X (pouvoir à Y)", "X (représenté par Y)" */
  proxyInParentheses: /^(.{2,100}?)\s{0,3}\((?:a\s+donn[ée]\s+)?(?:procuration|pouvoir|mandat|repr[ée]sent[ée]e?\s+par)\s{0,3}(?:donn[ée]e?\s+)?(?:à|a|au)?\s{0,3}([^()]{2,100})\)/i,
  /** "X a donné procuration à Y", "X, ayant donné pouvoir à Y", "X donne pouvoir à Y" */
  proxyGave: /^(.{2,100}?)\s{1,3}(?:(?:a|ayant|avait)\s+donn[ée]|donne)\s+(?:(?:sa\s+|une\s+)?procuration|pouvoir|mandat|d[ée]l[ée]gation)(?:\s+de\s+vote)?\s{1,3}(?:à|a|au)\s{1,3}(.{2,100})$/i,
  /** the holder part alone after a cut: "ayant donné procuration à M. Y" */
  proxyGaveTail: /^(?:(?:pouvoir|procuration|mandat)(?:\s+donn[ée]e?)?\s{1,3}(?:à|au)|(?:(?:qui\s+)?(?:a|ayant|avait)\s+donn[ée]|donne)\s+(?:(?:sa\s+|une\s+)?procuration|pouvoir|mandat|d[ée]l[ée]gation)(?:\s+de\s+vote)?\s{1,3}(?:à|a|au)|(?:est\s+)?repr[ée]sent[ée]e?(?:\(e\))?\s+par)\s{1,3}(.{2,100})$/i,
  /** "pouvoir de X à Y", "procuration de X à Y" */
  proxyOf: /^(?:procuration|pouvoir|mandat)\s+de\s+(.{2,100}?)\s{1,3}(?:à|a)\s{1,3}(.{2,100})$/i,
  /** "X représenté(e) par Y" */
  proxyRepresentedBy: /^(.{2,100}?)\s{1,3}(?:est\s+)?repr[ée]sent[ée]e?(?:\(e\))?\s+par\s+(.{2,100})$/i,
  /** bare "X à Y" in a proxy list, also tab-separated */
  proxyBare: /^(.{2,100}?)[ \t]{1,6}(?:à|À|a|A|par|PAR|->|→|=>)[ \t]{1,6}(.{2,100})$/,
  /** "M. le Maire" as a proxy holder: the mayor, named elsewhere */
  theMayor: /^(?:M\.|Mme|Monsieur|Madame)?\s{0,3}(?:le|la)\s+maire\b/i,
  /** a lone "à" cell between tab-separated giver and holder */
  proxyArrowCell: /^(?:à|a|->|→|=>)$/i,

  // ── votes ───────────────────────────────────────────────────────────
  /** for: "Pour : 13", "POUR\t18", "13 voix pour" */
  forCount: new RegExp(String.raw`(?<=majorit[ée](?:\s+absolue)?[ \t]{0,3}:[ \t]{0,3})(\d{1,3})[ \t]{1,3}pour\b|\b(?:votes?\s+)?pour[ \t]{0,3}(?::|=|\t)[ \t]{0,3}\n?[ \t]{0,3}(\d{1,3})(?![\d\/]|[.,]\d)|\b(?:votes?\s+)?pour[ ](\d{1,3})(?=[ \t]{0,3}(?:[,;.\t–—|()-]|\n|$|et\b|contre\b|abst|blanc|nul))|(?<![\d\/.,]|[:=][ \t]{0,3})(\d{1,3})[ \t]{1,3}(?:voix|votes?)[ \t]{1,3}pour\b|(?<![a-zà-ÿ]|[:=][ \t]{0,3})(${NUM_WORDS})[ \t]{1,3}(?:voix|votes?)[ \t]{1,3}pour\b`, 'gi'),
  /** against: "Contre : 1", "1 contre", "2 voix contre" */
  againstCount: new RegExp(String.raw`\b(?:votes?\s+)?contre[ \t]{0,3}(?::|=|\t)[ \t]{0,3}\n?[ \t]{0,3}(\d{1,3})(?![\d\/]|[.,]\d)|\bcontre[ ](\d{1,3})(?=[ \t]{0,3}(?:[,;.\t–—|()-]|\n|$|et\b|contre\b|abst|blanc|nul))|(?<![\d\/.,]|[:=][ \t]{0,3})(\d{1,3})[ \t]{1,3}(?:voix[ \t]{1,3}|votes?[ \t]{1,3})?contre\b|(?<![a-zà-ÿ]|[:=][ \t]{0,3})(${NUM_WORDS})[ \t]{1,3}(?:voix[ \t]{1,3}|votes?[ \t]{1,3})contre\b`, 'gi'),
  /** abstentions: "Abstentions : 0", "Abstention\t1", "2 abstentions" */
  abstentionsCount: new RegExp(String.raw`\babstentions?[ \t]{0,3}(?::|=|\t)[ \t]{0,3}\n?[ \t]{0,3}(\d{1,3})(?![\d\/]|[.,]\d)|\babstentions?[ ](\d{1,3})(?=[ \t]{0,3}(?:[,;.\t–—|()-]|\n|$|et\b|contre\b|abst|blanc|nul))|(?<![\d\/.,]|[:=][ \t]{0,3})(\d{1,3})[ \t]{1,3}abstentions?\b|(?<![a-zà-ÿ]|[:=][ \t]{0,3})(${NUM_WORDS})[ \t]{1,3}abstentions?\b`, 'gi'),
  /** expressed: "Exprimés : 18", "Suffrages exprimés : 29" */
  expressedCount: /\b(?:suffrages\s+)?exprim[ée]s[ \t]{0,3}(?::|=|\t)?[ \t]{0,3}(\d{1,3})(?![\d\/]|[.,]\d)/gi,
  /** "exprimés" printed with nothing after it: a blank (rule expressed-missing) */
  expressedBlank: /^[ \t]{0,8}(?:nombre\s+de\s+)?(?:suffrages\s+)?exprim[ée]s[ \t]{0,3}:?[ \t]{0,3}$/gim,
  /** blank or spoiled ballots: "Blancs : 1", "Blancs et nuls : 2" */
  blankBallotsCount: /\b(?:bulletins\s+)?(?:blancs?(?:\s+(?:et|ou)\s+nuls?)?|nuls?)[ \t]{0,3}(?::|=|\t)[ \t]{0,3}(\d{1,3})(?![\d\/]|[.,]\d)/gi,
  /** members not taking part: "Ne prend pas part au vote : 1", "1 ne prenant pas part au vote" */
  nonParticipantsCount: /\bne\s+(?:prend|prennent|prenant)\s+pas\s+part\s+au\s+vote[ \t]{0,3}(?::|=|\t)[ \t]{0,3}(\d{1,3})(?![\d\/]|[.,]\d)|(?<![\d\/.,])(\d{1,3})[ \t]{1,3}(?:conseillers?\s+|membres?\s+)?ne\s+(?:prenant|prennent|prend)\s+pas\s+part\b/gi,
  /** unanimity */
  unanimity: /\bunanimit[ée]|\bunanimement\b/i,
  /** "à l'unanimité des suffrages exprimés" */
  unanimityOfExpressed: /\bunanimit[ée]\s+des\s+(?:suffrages|votes|voix|membres)?\s{0,3}exprim[ée]s/i,
  /** the motion adopted / rejected */
  adoptedWord: /\badopt[ée]e?s?\b|\bapprouv[ée]e?\s+(?:à|par)\b/i,
  rejectedWord: /\brejet[ée]e?s?\b|\bn'est\s+pas\s+adopt/i,
  /** the president's casting vote */
  castingVote: /voix\s+(?:du\s+pr[ée]sident\s+)?pr[ée]pond[ée]rante|voix\s+d[ue]\s[^.;\n]{1,60}?\s(?:est|[ée]tant|a\s+[ée]t[ée])\s+pr[ée]pond[ée]rante/i,
  /** the words that make the amount after them a ceiling: "plafonnée à", "dans la limite de", "au maximum" */
  feeCeilingBefore: /(?:plafonn[ée]e?s?\s+(?:à|au\s+montant\s+de)|dans\s+la\s+limite\s+(?:de|d'un\s+montant\s+de)|(?:au\s+)?maximum\s+(?:de\s+)?|n'exc[ée]dant\s+pas|sans\s+d[ée]passer)\s{0,3}\S?$/i,
  /** a price per pupil near an "N x amount" product: the product counts pupils */
  perPupilNear: /(?:par|\/)\s{0,2}(?:[ée]l[èe]ve|enfant|habitant)\b/i,
  /** where a clause ends, before a name that withdraws from the vote */
  clauseBreak: /[.;:\n]/,
  /** "… ne prend pas part au vote": a member withdrawing from the item */
  nonParticipation: /\bne\s{1,3}(?:prend|prennent|prenant)\s{1,3}pas\s{1,3}part\b|\b(?:quitte|quittent|quittant)\s{1,3}(?:la\s{1,3}s[ée]ance|la\s{1,3}salle)\s{1,3}(?:avant|pendant|au\s{1,3}moment\s{1,3}d[ue])\s{1,3}(?:le\s{1,3})?vote\b|\b(?:se\s{1,3}retire|se\s{1,3}retirent|sort|sortent)\s{1,3}(?:de\s{1,3}la\s{1,3}salle\s{1,3})?(?:avant|pendant|au\s{1,3}moment\s{1,3}d[ue])\s{1,3}(?:le\s{1,3})?vote\b/g,

  // ── session ─────────────────────────────────────────────────────────
  /** "Séance du lundi 27 NOVEMBRE 2023", "réunion du conseil municipal du 3 juin 2026" */
  sessionDateLabel: /\b(?:s[ée]ance(?:\s+(?:publique|ordinaire|extraordinaire))?|r[ée]union(?:\s+du\s+conseil\s+municipal)?|conseil\s+municipal)\s{1,3}du\s{1,3}|\bdate\s{1,3}(?:de\s{1,3}(?:la\s{1,3})?)?(?:s[ée]ance|r[ée]union)\s{0,3}:\s{0,3}/gi,
  /** what may come between a date and its time: ", à ", " à ", " – " */
  beforeTime: /^[ \t\n,–-]{0,5}(?:(?:à|a|vers)\s{1,3})?/i,
  /** "à 18h30", "à dix-neuf heures", "ouverte à 20 heures 15": a time introduced by "à" */
  timeAfterA: new RegExp(`(?<![a-zà-ÿ])(?:à|a)\\s{1,3}(?=\\d|${NUM_WORD})`, 'gi'),
  /** "La séance est ouverte à 20 heures 15", "Ouverture de la séance : 20h" */
  sessionOpened: /s[ée]ance\s+(?:est\s+)?ouverte|ouverture\s+de\s+la\s+s[ée]ance/gi,
  /** "Lieu : salle du conseil", "Lieu de la séance :" at a line start */
  placeLabel: /^[ \t]{0,8}lieu(?:\s+de\s+(?:la\s+)?(?:s[ée]ance|r[ée]union))?\s{0,3}:[ \t]{0,3}/gim,
  /** a place named inside a phrase: "à la salle polyvalente", "dans la salle du conseil", "à l'Espace culturel" */
  placeKeyword: /(?<![a-zà-ÿ])(?:(?:à|a|dans|en)\s+l'\s{0,2}|(?:à\s+la|a\s+la|au|aux|dans\s+(?:la|le|les)|en\s+la|en)\s{1,3})(?=(?:salle|mairie|maison|h[ôo]tel|centre|espace|foyer|gymnase|complexe|local|locaux|[ée]cole|ancienne|nouvelle|bastide|ch[âa]teau|halle|grange|lieu\s+habituel)(?![a-zà-ÿ]))/gi,
  /** a segment continuing a place: street, postal code, "mairie de X", "salle du conseil" */
  placeContinuation: /^(?:\d|rue\b|avenue\b|av\.|place\b|boulevard\b|bd\b|route\b|chemin\b|all[ée]e\b|impasse\b|quai\b|cours\b|square\b|mairie\b|h[ôo]tel\b|salle\b|sis|sise\b|lieu-dit\b)/i,
  /** the meeting verb: "s'est réuni", "se sont réunis" */
  meetingVerb: /\b(?:s'est|se\s+sont)\s+r[ée]uni(?:e|s|es)?\b/gi,
  /** where the meeting sentence's place part ends */
  /** what parts the segments of a place sentence (kept by the split, to count offsets) */
  placeSeparator: /(,|\s[–—-]\s)/,
  placeStop: /sous\s+la\s+pr[ée]sidence|\.\s|\n\n/i,
  /** a segment of the meeting sentence that is not the place */
  nonPlaceSegment: /^(?:à\s[^,\n]{0,40}\bheures?\b|sans\s+public|en\s+visio|en\s+pr[ée]sentiel|exceptionnellement|en\s+raison|au\s+nombre\s+prescrit|en\s+(?:session|s[ée]ance)|(?:d[ûu]ment|r[ée]guli[èe]rement|l[ée]galement)\s+convoqu|convoqu|à\s+huis\s+clos|le\s+\d|le\s+[a-z]+\s+\w+\s+\d{4}|à\s+\d|sous\s+la|apr[èe]s|conform[ée]ment|pour\s+sa|en\s+nombre|sur\s+convocation|lors\s+de|publiquement|l'an\b)/i,
  /** a segment that names a place: "à la salle…", "au Centre…", "dans la salle…", "en mairie" */
  placeSegment: /^(?:à\s+l'|dans\s+l'|en\s+l'|(?:à\s+la|au|aux|dans\s+(?:la|le|les)|en\s+(?:la\s+)?(?:mairie|salle|h[ôo]tel)|salle|mairie|à)(?:\s|$))/i,
  /** the preposition a place starts with, dropped */
  placePreposition: /^(?:(?:à|a|dans|en)\s+l'\s{0,2}|(?:à\s+la|a\s+la(?=\s)|au|aux|dans\s+la|dans\s+le|dans\s+les|en\s+la|à|en(?=\s+(?:mairie|salle)))\s+)/i,
  /** "sous la présidence de …" */
  presidency: /sous\s+la\s+pr[ée]sidence\s+(?:de\s+|du\s+|d')|\bpr[ée]sid[ée]e?\s+par\s+|^[ \t]{0,8}pr[ée]sid(?:ence|ent|ente)(?:\s+de\s+(?:la\s+)?s[ée]ance)?\s{0,3}:\s{0,3}/gim,
  /** the end of the president's sentence */
  sentenceEnd: /(?<![A-Z])\.(?:\s|$)|\n\n/,
  /** convocation date labels: "Date de convocation :", "dûment convoqués le", "convocation du" */
  /** "10 mars 2025 (convocation)": the tag after a date */
  convocationTagAfter: /^[ \t]{0,2}\([ \t]{0,2}(?:date\s+(?:de\s+(?:la\s+)?|d'envoi\s+de\s+la\s+)?)?convocation[ \t]{0,2}\)/i,
  convocationLabel: /^[ \t]{0,8}convocation\s{0,3}:|\b(?:date\s+(?:d'envoi\s+)?de\s+(?:la\s+)?convocation(?:\s+et\s+d'affichage)?(?:\s+(?:du\s+conseil(?:\s+municipal)?|des\s+[ée]lus|des\s+membres|des\s+conseillers(?:\s+municipaux)?))?\s{0,3}:?|convoqu[ée]e?s?\s+(?:en\s+urgence\s+)?(?:le|en\s+date\s+du)\b|convocation\s+(?:du|en\s+date\s+du|faite\s+le|envoy[ée]e\s+le|adress[ée]e\s+le|transmise\s+le)\b|convocation\s+qui\s+leur\s+a\s+été\s+(?:adress[ée]e|envoy[ée]e|transmise|notifi[ée]e)(?:\s+par\s+(?:le|la|M\.|Mme|Monsieur|Madame)(?:\s+\S{1,30}){1,3}?)?\s+le\b)/gim,
  /** convocation posting labels: "Date d'affichage :", "Date d'affichage de la convocation à la porte de la mairie :" */
  postedLabel: /\b(?:date\s+de\s+(?:la\s+)?convocation\s+et\s+d'affichage\s{0,3}:?|date\s+(?:de\s+|d')(?:l')?affichage(?:\s+de\s+la\s+convocation)?(?:[^:\n\d]{0,50}:)?|convocation\s+(?:a\s+été\s+)?affich[ée]e\s+le\b|affichage\s+de\s+la\s+convocation\s{0,3}(?:le\b|du\b|:)|(?<=convocation[^\n]{0,40})\baffichage\s+(?:du|le)\b)/gi,
  /** "Convocation du 30 janv. 2025, affichée le même jour": posted the day it was sent */
  postedSameDay: /affich[ée]e\s+le\s+m[êe]me\s+jour/i,
  /** a day and month without a year ("convoqué le 7 mars") */
  dayMonth: new RegExp(`^\\s{0,3}(?:le\\s+)?${DAY}\\s{1,3}${MONTH}`, 'i'),
  /** a second convocation for want of quorum (L2121-17 al. 2) */
  secondConvocation: /quorum\s+n'(?:ayant|a)\s+pas\s+été\s+atteint|(?:seconde|deuxi[èe]me|nouvelle)\s+convocation|faute\s+de\s+quorum|trois\s+jours\s+au\s+moins\s+d'intervalle|sans\s+condition\s+de\s+quorum/i,
  /** "X a été désigné(e) secrétaire de séance", "X est élu secrétaire" */
  secretaryDesignated: /\s(?:a\s+[ée]t[ée]|est|ont\s+[ée]t[ée]|sont)\s+(?:d[ée]sign[ée]e?s?|[ée]lue?s?|nomm[ée]e?s?)\s+(?:comme\s+|en\s+qualit[ée]\s+de\s+|pour\s+remplir\s+les\s+fonctions\s+de\s+)?secr[ée]taire/gi,
  /** a convocation in urgency (L2121-11/12) */
  urgency: /(?:convoqu[ée]e?s?|convocation|r[ée]uni(?:on)?)\s+(?:en\s+|d')urgence|proc[ée]dure\s+d'urgence|l'urgence\s+(?:est|a\s+été)\s+(?:d[ée]clar[ée]e|reconnue|approuv[ée]e|prononc[ée]e)/i,

  // ── commune ─────────────────────────────────────────────────────────
  /** "COMMUNE DE CERET", "Ville de Céret", "La collectivité de Cogolin", "Mairie de X" */
  /** "COMMUNE DE SAINT-ÉPAIN-LES-RONCES (37)": a department number after the commune's heading */
  departmentCodeAfterName: /^[ \t]{0,8}(?:commune|ville|mairie)\s+(?:de|d'|du)\s[^\n()]{2,60}?\s\((\d{2}|2[AB]|97[1-6])\)[ \t]*$/im,
  /** a postal code alone on its line in the heading */
  postalCodeAlone: /^[ \t]{0,8}(\d{5})[ \t]*$/m,
  /** "Population : 6 412 habitants", "Population municipale au 1er janvier 2025 : 1 245", "commune de 6 412 habitants" */
  nonDigit: /\D/g,
  populationCount: /\bpopulation(?:\s+(?:municipale|totale|l[ée]gale|INSEE))?(?:\s+(?:au|en)\s[^:\n]{1,30})?[ \t]{0,3}:[ \t]{0,3}(\d{1,3}(?:[ .]\d{3})+|\d{1,7})(?![\d,])|(?<![\d,.])(\d{1,3}(?:[ .]\d{3})+|\d{2,7})[ \t]habitants\b/gi,
  /** "Conseil municipal de Louvigné-sur-Erve" heading an export: the commune, when nothing else names it */
  communeOfCouncil: new RegExp(`\\b(?:[Cc]onseil|CONSEIL)\\s{1,3}(?:[Mm]unicipal|MUNICIPAL)\\s{1,3}(?:de|d'|DE|D')\\s{0,2}${PLACE_NAME}`, 'g'),
  communeName: new RegExp(`\\b(?:(?:[Cc]ommune|COMMUNE)(?:\\s{1,3}(?:[Nn]ouvelle|NOUVELLE))?|[Vv]ille|VILLE|[Cc]ollectivit[ée]|COLLECTIVIT[ÉE]|[Mm]airie|MAIRIE)\\s{1,3}(?:de|d'|DE|D'|du|DU)\\s{0,2}${PLACE_NAME}`, 'g'),
  /** an intercommunal body heading the act: "COMMUNAUTÉ DE COMMUNES DES MONTS D'ALBAN…", "SYNDICAT …" */
  epciName: /^[ \t]{0,8}((?:communaut[ée]\s+(?:de\s+communes|d'agglom[ée]ration|urbaine)|m[ée]tropole|syndicat\s+(?:intercommunal|mixte)|p[ôo]le\s+d'[ée]quilibre|(?:SIVOS|SIVU|SIVOM|SIRP|SIRPI|SMIX)(?=[ \t]))\b[^\n]{2,120})$/im,
  /** a department named in parentheses after the commune: "(Charente)", "(Hérault)" */
  departmentInParentheses: /\(([A-Za-zÀ-ÿ' -]{3,30})\)/g,
  /** "Commune : SAINT-AMBROIX" */
  communeLabel: new RegExp(`\\b(?:[Cc]ommune|COMMUNE)\\s{0,3}:\\s{0,3}(?:(?:COMMUNE|[Cc]ommune)\\s+(?:DE|de|D'|d')\\s{0,2})?${PLACE_NAME}`, 'g'),
  /** SIRET: 14 digits, spaces allowed */
  siret: /\bSIRET\s{0,3}(?:n°|N°)?\s{0,3}:?\s{0,3}(\d{3}\s?\d{3}\s?\d{3}\s?\d{5})(?!\d)/gi,
  /** SIREN: 9 digits */
  siren: /\bSIREN\s{0,3}(?:n°|N°)?\s{0,3}:?\s{0,3}(\d{3}\s?\d{3}\s?\d{3})(?![\d ]{2})/gi,
  /** "DEPARTEMENT DU GARD", "DÉPARTEMENT de L'HÉRAULT" */
  departmentName: /\bd[ée]partement\s{0,3}(?:de\s+l'|de\s+la\s+|des\s+|du\s+|de\s+|d')?\s{0,3}([A-Za-zÀ-ÿ'-]{2,30}(?:[ -](?:et[ -])?[A-Za-zÀ-ÿ'-]{2,30}){0,3})/gi,
  /** "Département : 31", "Département n° 2A" */
  departmentCode: /\bd[ée]partement\s{0,3}(?:n°|:)\s{0,3}(\d{2,3}|2[AB])\b/gi,
  /** a French postal code */
  postalCode: /(?<!\d)(\d{5})(?!\d)/,
  /** "Adresse : …", "Située …", "sise …" in a party block */
  addressLabel: /^[ \t]{0,8}(?:adresse(?:\s+postale)?\s{0,3}:|situ[ée]e?\s|sise?\s|si[èe]ge\s{0,3}:)[ \t]{0,3}/gim,
  /** a line starting with a postal code ("31600 SAUBENS") */
  postalCodeLineStart: /^\d{5}\s/,
  /** the second party's "Et :" / "d'autre part" left at the start of a block */
  secondPartyIntro: /^[ \t]{0,8}(?:et\b[ \t]{0,3}[:,]?|d'autre\s+part)/i,
  /** an annex heading part ("Annexe", "Liste des écoles") before a school's name */
  annexPart: /^(?:annexe|liste\b|article\s+\d|[ée]coles?\s+(?:inscrites?|concern[ée]es)\s*$)/i,
  /** a count label in a header row of a table ("Pour", "Contre", "Présents", "En exercice") */
  countHeaderCell: /^(?:nombre\s+de\s+|membres\s+|conseillers\s+|votes?\s+)?(?:pour|contre|abstentions?|exprim[ée]s|suffrages\s+exprim[ée]s|votants|pr[ée]sents?|en\s+exercice|conseillers\s+en\s+exercice|repr[ée]sent[ée]s|procurations?|pouvoirs?|absents?|blancs?(?:\s+(?:et|ou)\s+nuls)?)$/i,
  /** a cell holding a count */
  countCell: /^\d{1,3}$/,
  /** an address part in a party's sentence ("48 rue Maréchal Foch", "Route de Porticcio", "BP 66") */
  /** a postal code alone: its town is elsewhere (the next line) */
  bareCode: /^\d{5}$/,
  /** a town's name alone on its part: "SAINT-JUST-DE-MÉZENC", "Montferrand-sur-Loue" */
  townName: /^(?!(?:SIRET|SIREN|[Rr]epr[ée]sent|T[ée]l|Courriel|E-?mail|Cedex|CEDEX)\b)[A-ZÀ-Ý][A-Za-zÀ-ÿ' -]{1,45}$/,
  /** "43550, SAINT-JUST": the comma the join put between a code and its town */
  codeThenTown: /(\b\d{5}), /,
  /** a header line "Mairie – 5 route de Guéret – 23150 Lavaveix" / "12 rue X, 91730 Y": street, code, town */
  headerAddressLine: /^[ \t]{0,8}(?:(?:mairie|h[ôo]tel\s+de\s+ville|adresse|si[èe]ge(?:\s+social)?)(?:\s+de\s+[^\n–—,:]{2,40})?[ \t]{0,3}[–—:,-][ \t]{0,3})?(\d{1,4}(?:[ \t]?(?:bis|ter))?,?[ \t]{1,3}(?:rue|avenue|av\.|place|boulevard|bd|route|chemin|all[ée]e|impasse|quai|cours|square|grande[ \t]rue|grand'rue)\b[^\n]{2,60}?[ \t]{0,3}(?:[–—,-][ \t]{0,3})?\d{5}[ \t]{1,3}[A-ZÀ-Ý][^\n\d]{1,45})[ \t]*$/im,
  /** the words announcing an address in a party clause: "dont le siège est", "sise au", "domiciliée" */
  seatLead: /^\s*(?:dont\s+le\s+si[èe]ge(?:\s+social)?\s+est(?:\s+(?:situ[ée]|fix[ée]))?|si[sè]se?|situ[ée]e?|domicili[ée]e?)\s+(?:au\s+|à\s+(?=\d))?/i,
  addressPart: /^(?:\d|rue\b|avenue\b|av\.|place\b|boulevard\b|bd\b|route\b|chemin\b|all[ée]e\b|impasse\b|quai\b|cours\b|square\b|mairie\b|h[ôo]tel\s+de\s+ville\b|le\s+bourg\b|lieu-dit\b|bp\b|cs\b|hameau\b)/i,
  /** a SIRET / SIREN mention (its digits are no postal code) */
  siretWord: /siret|siren/i,
  /** commas and line ends between the parts of a party's sentence */
  commaOrNewline: /,|\n/,
  /** "Représenté(e) par : X" in a party block */
  representedBy: /repr[ée]sent[ée]e?(?:\(e\))?\s{1,3}par\s{0,3}:?\s{0,3}/i,
  /** where a representative's clause ends: "en sa qualité de", a line end, "dûment habilité" */
  representativeEnd: /\sen\s+sa\s+qualit[ée]|\n|\s(?:ès|es)\s+qualit|d[ûu]ment\s+habilit|agissant\s/i,
  /** "Le Maire,\nMarlène PUCHE" / "Le Maire de CERET\nMichel COSTE" */
  mayorSignature: /^[ \t]{0,8}(?:[Ll]e|[Ll]a|LE|LA)\s+(?:[Mm]aire|MAIRE)(?:\s+(?:de|DE|d'|D')\s{0,2}[A-ZÀ-Ý][\wÀ-ÿ' -]{1,40})?[ \t]{0,3}[,:]?[ \t]*(?:\n[ \t]*)?([A-ZÀ-Ý][A-Za-zÀ-ÿ'. -]{2,60})$/gm,
  /** "…, Maire" / " maire" right after a president's name */
  mayorRole: /\bmaire\b/i,
  /** the parties' second clause: "Et :", "ET :", "Et, d'autre part," */
  secondParty: /,\s{1,3}et\s+(?:la|le|l')\s?(?:commune|ville|collectivit|mairie|syndicat|SIVOS|SIVU)|^[ \t]{0,8}et\b[ \t]{0,3}(?::|,|$|d'autre\s+part|(?=(?:la|le|les|l')\s?[A-Za-zÀ-ÿ]|[A-ZÀ-Ý]))/im,
  /** where the parties end */
  partiesEnd: /il\s+(?:est|a\s+été)\s+convenu|pr[ée]ambule|^[ \t]{0,8}article\s+(?:1|premier)\b|^[ \t]{0,8}vu\s/im,
  /** an academic party */
  academyWord: /acad[ée]mi|rectorat|recteur|rectrice|dsden|d\.s\.d\.e\.n|services\s+d[ée]partementaux\s+de\s+l'[ée]ducation|[ée]ducation\s+nationale|inspect/i,
  /** a leading article before a party name */
  leadingArticle: /^(?:la|le|les|l')\s*(?=[A-Za-zÀ-ÿ])/i,
  /** text after "Entre" on its line: ":" or ", d'une part," */
  partyIntro: /^[ \t]{0,8}entre\b[ \t]{0,3}(?:les\s+soussign[ée]s\s{0,3})?[:,]?[ \t]{0,3}(?:d'une\s+part\s{0,3}[,:]?)?[ \t]{0,3}/i,
  /** ", d'une part" / ", ci-après" trailing a party name */
  partyNameStop: /(?:,?\s{0,3}(?:d'une\s+part|ci-apr[èe]s|repr[ée]sent[ée]|situ[ée]e?\s|sise?\s)|,\s{0,3}\d|,\s{0,3}(?:place|parc|zac|zone|rue|avenue|boulevard|bd|all[ée]e|chemin|route|quai|cours|square|impasse|immeuble|b[âa]timent|r[ée]sidence|BP|CS|TSA)\b)/i,

  // ── convention terms ────────────────────────────────────────────────
  /** "du 1er septembre 2025 au 31 août 2026": a period, its "du" */
  periodFrom: /\bdu\s{1,3}(?=\d|1er|premier)/gi,
  /** the "au" between the two dates of a period */
  periodTo: /^\s{1,3}au\s{1,3}/,
  /** a stamp's words on a dated line: not a head date */
  stampWords: /envoy|re[çc]u|publi|transmi|accus|affich|ID\s*:|sign|\bfait\b/i,
  /** "Année scolaire 2026-2027", "année scolaire 2025/2026" */
  schoolYear: /ann[ée]e\s+scolaire\s{0,3}:?\s{0,3}(\d{4})\s{0,2}[-\/–]\s{0,2}(\d{4})/gi,
  /** starts at signature: "prend effet à la date de signature", "à compter de sa signature" */
  startsAtSignature: /(?:prend\s+effet|entre\s+en\s+vigueur|est\s+conclue?|court|à\s+compter|d[èe]s)\s(?:[^.\n]|\n(?!\n)){0,80}?\bsignature/gi,
  /** starts on a date: "prend effet le 1er septembre 2024", "à compter du 1er septembre 2024" */
  startsOnDate: /(?:prend\s+effet|entre\s+en\s+vigueur)\s{1,3}(?:le|au|à\s+compter\s+du|à\s+partir\s+du)\b|à\s+compter\s+du\b|à\s+partir\s+du\b/gi,
  /** end labels that a blank may follow: "se termine", "prendra fin le", "prend fin au" */
  endLabel: /\b(?:se\s+termine(?:ra)?|s'ach[èe]ve(?:ra)?|prendra\s+fin|prend\s+fin|expire(?:ra)?|arrive(?:ra)?\s+à\s+(?:son\s+terme|[ée]ch[ée]ance))(?:\s{1,3}(?:le|au|à\s+la\s+date\s+du))?\b/gi,
  /** end phrases read only when a date follows: "jusqu'au 31 août 2027", "Date de fin :" */
  endLoose: /\bjusqu'au\b|\bdate\s+de\s+fin\s{0,3}:?|\b[ée]ch[ée]ance\s{0,3}:/gi,
  /** a duration in years: "pour une durée de 3 an(s)", "d'un an", "de trois années" */
  durationYears: /(?:dur[ée]e|p[ée]riode)\s{1,3}(?:de\s{1,3}|d')\s{0,2}(\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s{0,2}(?:an\(s\)|ann[ée]es?|ans?)(?![a-zà-ÿ])/gi,
  /** a signature line: "A Montpellier, le 21/05/2026", "Fait à Cogolin, le ....." */
  signatureLine: new RegExp(String.raw`(?:^|\t)[ \t]{0,8}(?:((?:[Pp]our|POUR)\s+[^,\n\t–—]{2,40}?)(?:,|\s{1,3}[–—])\s{0,3})?(?:(?:(?:[Ff]ait|FAIT)(?:\s{1,3}et\s+d[ée]lib[ée]r[ée])?(?:\s{1,3}en\s+(?:deux|trois|quatre|\d)\s+exemplaires(?:\s+originaux)?\s{0,3},?)?\s{1,3}(?:à|a|À|A|aux|au|AUX|AU)|[AÀ]|à)\s{1,3}${PLACE_NAME}\s{0,3},?|${PLACE_NAME}\s{0,3},)(?:\s{0,3}en\s+(?:deux|trois|quatre|\d)\s+exemplaires(?:\s+originaux)?\s{0,3},?)?\s{0,3}(?:le|LE|Le)\b`, 'gm'),
  /** a signature without a place: "Fait et délibéré en séance, le 12 mars 2024" */
  signatureNoPlace: /^[ \t]{0,8}(?:[Ff]ait|FAIT)(?:\s{1,3}et\s+d[ée]lib[ée]r[ée])?(?:\s{1,3}en\s+(?:s[ée]ance|mairie))?\s{0,3},?\s{0,3}le\b/gm,
  /** a word of a name that is not a particle but starts in lower case ("dûment", "tous"): sentence text */
  /** words in capitals that belong to a sentence or a count, never to a person's name */
  capitalSentenceWord: /^(?:PREND|PRENNENT|PART|VOTE|VOT[ÉE]S?|DONN[ÉE]E?S?|DONNE|POUVOIRS?|PROCURATIONS?|SECR[ÉE]-?TAIRE|S[ÉE]ANCE|PR[ÉE]SENTS?|ABSENTS?|EXCUS[ÉE]E?S?|UN|UNE|DEUX|TROIS|QUATRE|CINQ|SIX|SEPT|HUIT|NEUF|DIX|ONZE|DOUZE|TREIZE|QUATORZE|QUINZE|SEIZE|VINGT|TRENTE|QUARANTE|CINQUANTE|SOIXANTE)$/,
  lowerNameWord: /^(?!(?:de|du|des|d'|le|la|les|l'|van|von|der|den|di|da|dos|del|della|y|e|ép\.?|épouse|née|dit|dite)$)[a-zà-ÿ]/,
  /** the signatory's line under a signature date ("Le Maire,", "La secrétaire de séance,") */
  signatoryLine: /^[ \t]{0,8}(?:le|la|les)\s+(?:maire|pr[ée]sidente?|secr[ée]taires?|adjointe?)\b/i,
  /** "Signatures :" heading a signature block */
  signaturesHeading: /^[ \t]{0,8}signatures?\s{0,3}:?[ \t]*$/gim,
  /** a role word after a signatory's name ("… Lansade Maire de la commune") */
  signatoryRole: /\s(?:maire|adjointe?|rectrice|recteur|inspect(?:eur|rice)|directeur|directrice|secr[ée]taire|pr[ée]sidente?|pr[ée]fet|pr[ée]f[èe]te|conseill[eè]re?)\b/i,
  /** words that name a body or a role, not a person */
  notPersonWord: /\b(?:commune|ville|mairie|r[ée]gion|acad[ée]mi|rectrice|recteur|repr[ée]sent|secr[ée]taire|s[ée]ance|conseil|pr[ée]fecture|collectivit[ée]|maire)/i,
  /** how a line that is no signatory's name starts ("Pour le recteur", "À Aixe-sur-Glane") */
  notPersonStart: /^(?:pour|à|a|fait|le|la|les|par|en|signature)(?=\s|$)/i,
  /** a word of a person's name: capitalised or in capitals */
  personWord: /^[A-ZÀ-Ý][A-Za-zÀ-ÿ'’.-]*$|^(?:de|du|des|d'|le|la|van|von)$/,
  /** a signature made for the commune ("Pour la commune, à X, le …") */
  communeSigner: /commune|collectivit|maire|ville/i,
  /** the académie's side of a signature table: "Pour l'académie", "Le recteur", "La DASEN" */
  academySigner: /acad[ée]mi|recteur|rectrice|rectorat|DA-?SEN|directeur\s+acad|directrice\s+acad|[ée]ducation\s+nationale/i,
  /** the line under a signature names the commune as signer: "Pour la commune, le maire," */
  communeSignerBelow: /^[ \t]{0,8}pour[ \t]{1,3}(?:la|le|l')?[ \t]{0,2}(?:commune|collectivit[ée]|ville|mairie|maire)\b/i,

  // ── fees ────────────────────────────────────────────────────────────
  /** "4 x 41€ soit 164€", "4 X 41 Euros soit 164 Euros", "2 écoles x 40 € = 80 €" */
  /** the last row of a fee table: "Total (2 écoles) | 90 €", "TOTAL\t135,00 €" */
  totalRow: new RegExp(`^[ \\t|]{0,8}total\\b[^\\n\\t|€]{0,40}(?:\\t|\\|)[ \\t|]{0,6}${AMOUNT}[ \\t|]*$`, 'im'),
  /** a school's row of an annex table ending on its amount: "0320311P | École … | 45 €" */
  schoolRowAmount: new RegExp(`^[^\\n]{0,12}\\b\\d{7}[A-Za-z]\\b[^\\n]{0,200}(?:\\t|\\|)[ \\t]{0,3}${AMOUNT}[ \\t|]*$`, 'gim'),
  /** the fee first: "46,00 € x 2 écoles = 92,00 €" */
  feeFirstTimes: new RegExp(`${AMOUNT}\\s{0,3}[xX×*]\\s{0,3}(\\d{1,3})\\s{1,2}[ée]coles?(?:\\(s\\))?\\s{0,3}(?:soit|=|:)\\s{0,3}${AMOUNT}`, 'gi'),
  feeTimes: new RegExp(`(?<![\\d,.])(\\d{1,3})\\s{0,2}(?:[ée]coles?(?:\\(s\\))?\\s{0,2})?[xX×*]\\s{0,2}${AMOUNT}\\s{0,3}(?:soit|=|:)\\s{0,3}${AMOUNT}`, 'gi'),
  /** "100€TTC (2 écoles x 50€ TTC)" */
  feeInParentheses: new RegExp(`${AMOUNT}\\s{0,3}\\(\\s{0,2}(\\d{1,3})\\s{0,2}[ée]coles?(?:\\(s\\))?\\s{0,2}[xX×*]\\s{0,2}${AMOUNT}\\s{0,3}\\)`, 'gi'),
  /** "41 € TTC par école et par an", "45 €/école" */
  feePerSchool: new RegExp(`${AMOUNT}\\s{0,3}(?:HT\\s{0,2})?\\)?\\s{0,3}(?:par|\\/)\\s{0,2}[ée]cole`, 'gi'),
  /** a number of schools: "4 écoles", "2 école(s)", "deux écoles" */
  /** one school said in words: "ne compte qu'une école", "son unique école", "une seule école" */
  singleSchool: /\b(?:qu'une|une\s+seule|(?:son|sa|l')\s{0,2}(?:unique|seule))\s{1,2}[ée]cole\b(?!s)|\b[ée]cole\s+unique\b/i,
  schoolCount: /(?<![\d,.\/€])(?<!\bENT[ \t-]{1,2})(\d{1,3}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)(?:\s{0,2}\((?:\d{1,3}|[a-zé]{3,8})\))?\s{1,2}[ée]coles?(?:\(s\))?(?![a-zà-ÿ])|\bnombre\s+d'[ée]coles(?:\s+(?:inscrites|concern[ée]es|b[ée]n[ée]ficiaires))?\s{0,3}(?::|est\s+de)\s{0,3}(\d{1,3})\b|\b[ée]coles\s+(?:concern[ée]es|inscrites|b[ée]n[ée]ficiaires|retenues)\s{0,2}\((\d{1,3})\)/gi,
  /** a total: "soit 80 €", "pour un montant de 164 €", "montant total : 164 €" */
  totalAmount: new RegExp(`(?:\\bmontant\\s+total[^:\\n€]{0,60}:|\\bsoit(?:\\s+un\\s+(?:montant|total)(?:\\s+total)?\\s+de)?|montant\\s+(?:(?:total|annuel|global|forfaitaire)\\s+(?:(?:total|annuel|global)\\s+)?)?(?:de|correspondant\\s+à|:)|\\btotal\\s{0,3}(?:de|:|(?=\\d))|(?:participation|contribution|d[ée]pense|somme|co[ûu]t)\\s+(?:(?:totale?|annuel(?:le)?|globale?)\\s+)?(?:(?:est|sera)\\s+(?:de|fix[ée]e\\s+à)|de|s'[ée]l[èe]ve\\s+à|:)|s'[ée]l[èe]ve\\s+à)\\s{0,3}(?:${NUM_WORDS}\\s{1,3}euros?\\s{0,3}\\(\\s{0,2})?${AMOUNT}(?!\\s{0,3}\\)?\\s{0,3}(?:TTC\\s{0,2}|HT\\s{0,2})?(?:par|\\/)\\s{0,2}(?:[ée]l[èe]ve|[ée]cole|habitant|enfant|classe|poste|licence|utilisateur))`, 'gi'),

  // ── schools ─────────────────────────────────────────────────────────
  /** a UAI (RNE) code: 7 digits and a letter, not inside an e-mail ("ecole.0831515w@…") */
  uai: new RegExp(UAI.source, 'g'),
  /** the same, to test or read one code (no global state) */
  uaiOne: UAI,
  /** an e-mail address */
  email: /(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}/g,
  /** table cell separators: tabs and Markdown pipes */
  /** the roll as a table: the members' column, and the columns a mark is put in */
  rosterNameHeader: /^(?:membres?|noms?(?:\s+et\s+pr[ée]noms?)?|pr[ée]noms?\s+(?:et\s+)?noms?|conseillers?(?:\s+municipaux)?|[ée]lus?|nom\s+du\s+conseiller)$/i,
  rosterPresentHeader: /^pr[ée]sente?s?$/i,
  rosterAbsentHeader: /^(?:absente?s?|excus[ée]e?s?|absente?s?\s+excus[ée]e?s?)$/i,
  rosterProxyHeader: /^(?:pouvoir|procuration|mandat)(?:\s+(?:donn[ée]e?\s+)?(?:à|a))?$|^repr[ée]sent[ée]e?\s+par$/i,
  /** a cell grouping the rows of a roll table: "Maire et adjoints", "Conseillers", "Groupe …" */
  rosterGroupCell: /^(?:(?:le\s+)?maire(?:\s+et\s+(?:les\s+)?adjoints?)?|adjoints?|conseill[eè]re?s?(?:\s+municipa(?:ux|les))?(?:\s+d[ée]l[ée]gu[ée]e?s?)?|[ée]lus?|majorit[ée]|opposition|groupe\s[^\t|]{1,60})$/i,
  /** the last row of a roll table: "Totaux", "Total (en exercice : 11)" */
  rosterTotalsCell: /^totaux?\b/i,
  /** a cell holding a count alone */
  smallCount: /^\d{1,3}$/,
  tabRun: /\t+/g,
  /** a tick in a roll table */
  rosterMark: /^(?:x|✓|✔|☒|■|oui|o)$/i,
  cellSeparator: /\t|[ ]?\|[ ]?/,
  /** a cell header naming the school's name column */
  nameHeader: /\bnom\b|d[ée]nomination|libell[ée]/i,
  /** a type code or a row number rather than a name */
  notANameCell: /^(?:E[EMP]PU|E[EMP]PR|[EÉ]COLE|\d{1,3}|[-–—]|)$/i,
  /** the UAI / RNE label and punctuation around a school's parts */
  uaiLabel: /(?:\b(?:n°|num[ée]ro)\s{0,3})?\b(?:UAI|RNE|code)\s{0,3}(?:n°)?\s{0,3}:?/gi,
  /** parts of "CERET - 66 - ECOLE … - 0660560A" */
  schoolPartSeparator: /\s[-–—]\s|\s[-–—]$|^[-–—]\s/,
  /** a department code part ("66", "2A", "974") */
  departmentPart: /^(?:\d{2,3}|2[AB])$/,
  /** a line that starts a new entry of a list: a bullet, a number, a school's name */
  entryStart: /^[ \t]{0,8}(?:[-•*–]\s|\d{1,2}[.)]\s|[EÉ]cole\b|ECOLE\b|[EÉ]\.[EMP]\.)/,
  /** a line opening on a UAI code: a new school when the line above already had its own */
  uaiLineStart: /^[ \t]{0,8}(?:(?:UAI|RNE)[ \t]{0,3}:?[ \t]{0,3})?\d{7}[A-Za-z](?![A-Za-z0-9])/,
  /** a line ending on an e-mail address */
  endsWithEmail: /@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}[.,;]?\s*$/,
  /** the start of a school's name */
  schoolWord: /^(?:[EÉ]cole|ECOLE|[EÉ]\.[EMP]\.|[EÉ][EMP]PU\b|groupe\s+scolaire|GROUPE\s+SCOLAIRE)/,
  /** items of a one-line list of schools */
  schoolItemSeparator: /[,;]\s/,

  // ── deliberation heading ────────────────────────────────────────────
  /** "DELIBERATION 2021-100.", "DELIBERATION N°11 DU 25 JUIN 2025", "Délibération n° 2024-05" at a line start, also after "Séance du … - " or an item number "2. " */
  deliberationNumberHeading: /^[ \t]{0,8}(?:[^\n–—]{0,80}(?:[–—]|[ \t]-)\s{1,3}|[^\n\t]{1,40}\t|\d{1,2}[ \t]{0,2}[.)][ \t]{1,3})?(?:extrait\s+de\s+la\s+|compte[ -]rendu\s+de\s+(?:la\s+)?)?(?:d[ée]lib[ée]ration|DCM)(?:\s+du\s+conseil\s+(?:municipal|communautaire|syndical))?\s{0,3}(?:[–—]\s{1,3})?(?:n\s?°|no\.?|n\.|num[ée]ro)?\s{0,3}:?\s{0,3}((?:(?!(?:du|de|des|le|la|les|au|aux|en|et)[ \t])[A-Z]{1,5}[-_ ]?)?\d[\w\/.-]{0,30})/gim,
  /** "N°2024/36", "N° 2023/11/27-31" alone at a line start */
  /** an object opening on its rubric in capitals: "ÉDUCATION – Convention de service …" */
  rubricThenObject: /^[A-ZÀ-Ý]{3,}(?:[ '-][A-ZÀ-Ý]{2,}){0,3}[ \t]{1,3}[–—-][ \t]{1,3}[A-ZÀ-Ýa-zà-ÿ]/,
  /** "Rapport n° 24 – DEL-2025-0412": the act's own code after the report's rank */
  reportNumberLine: /^[ \t]{0,8}(?:rapport|point|question|dossier|affaire)\s{1,3}n\s?°\s{0,3}\d{1,3}\s{0,3}[–—-]\s{0,3}((?:DEL|DCM|DELIB|D)[_-]?\d{2,4}[_\/-]\d{1,5}(?:[_\/-]\d{1,4})?)\b/gim,
  numberLine: /^[ \t]{0,8}(?:(?:[Aa]cte|ACTE|[Aa]ffaire|AFFAIRE)\s{1,3}[nN]\s?°|N\s?°|No\.?|Num[ée]ro)(?:\s{1,3}d'ordre|\s{1,3}de\s+(?:la\s+)?d[ée]lib[ée]ration)?\s{0,3}:?\s{0,3}((?:(?!(?:du|de|des|le|la|les|au|aux|en|et)[ \t])[A-Z]{1,5}[-_ ]?)?\d[\w\/.-]{0,30})|^[ \t]{0,8}((?:DEL|DCM|DELIB|D)[_-]?\d{2,4}[_\/-]\d{1,4}(?:[_\/-]\d{1,4})?)(?=\s{1,3}[–—-]\s)/gm,
  /** "Objet :", "OBJET", "Objet de la délibération :" at a line start */
  subjectLabel: /(?:^[ \t]{0,8}|[–—-][ \t]{1,3})objet(?:\s+de\s+la\s+d[ée]lib[ée]ration)?\s{0,3}(?::|-|–|$)/gim,
  /** a line ending a sentence (object lines stop there) */
  sentenceStopEnd: /[.;:!?]\s*$/,
  /** leading punctuation between a number and the subject (". SCOLAIRE : …") */
  subjectLead: /^[\s.:;,–—-]+/,
  /** a date right after the number ("N°11 DU 25 JUIN 2025"): not a subject */
  dateLead: /^du\s/i,
  /** a paragraph that opens the act rather than naming it */
  notASubject: /^(?:l'an\b|le\s+\d|le\s+conseil|en\s+l'an|vu\b|s[ée]ance|date|nombre|en\s+exercice|pr[ée]sents?|\d)/i,
  /** lower-case letters (a rubric such as "FINANCES" has none) */
  lowerLetter: /[a-zà-ÿ]/,
  /** @CTES classification ("Nomenclature : 8.1", "Matière : 8.1") */
  classification: /\b(?:nomenclature|classification|mati[èe]re)(?:\s+acte?s?)?\s{0,3}:?\s{0,3}(\d\.\d{1,2}(?:\.\d{1,2})?)(?![\d.])/i,

  // ── amounts ─────────────────────────────────────────────────────────
  /** an amount in euros: "41 € TTC", "100€TTC", "1 234,50 €", "50 euros" */
  amount: new RegExp(AMOUNT, 'gi'),
  /** thousands separators inside an amount */
  amountGroupSeparator: /[ .](?=\d{3}(?:\D|$))/g,

  // --- part B ---
  /** a whole French number word ("dix", "neuf"): the halves of "dix-\nneuf" cut at a line end */
  numberWordWhole: new RegExp(`^${NUM_WORD}$`, 'i'),
  // --- part A ---
  /** more of what tells a deliberation: a minutes extract, a numbered act heading, roll-call and count lines */
  /** "DÉCIDE" alone on its line (the council's operative part), an ACTES "Nomenclature : 8.1" line */
  deliberationSignalOperative: /^[ \t]{0,8}D[ÉE]CIDE[ \t]{0,3}:?[ \t]*$|^[ \t]{0,8}(?:Nomenclature|NOMENCLATURE)(?:[ \t]+ACTES)?[ \t]{0,3}:[ \t]{0,3}\d{1,2}\.\d/m,
  /** the council deciding: "conseil municipal", "conseil communautaire", "comité syndical" */
  councilWords: /\bconseil\s+(?:municipal|communautaire|syndical)|\bcomit[ée]\s+syndical/i,
  deliberationSignalMore: /extrait\s+du\s+proc[èe]s[- ]verbal|proc[èe]s[- ]verbal\s+(?:de\s+la\s+s[ée]ance\s+du\s+|du\s+)conseil\s+(?:municipal|communautaire|syndical)|proc[èe]s[- ]verbal\s+des\s+d[ée]lib[ée]rations|^[ \t]{0,8}(?:\d{1,2}[.)][ \t]{1,3})?(?:d[ée]lib[ée]ration|DCM)[ \t]{1,3}(?:n[°o][ \t]{0,3})?\d{1,4}[-\/_.]\d|\bont\s+vot[ée]\s+(?:pour|contre)\b|\bla\s+d[ée]lib[ée]ration\s+est\s+(?:adopt[ée]e|rejet[ée]e)|\bvotants[ \t]{0,3}:[ \t]{0,3}\d/im,
  /** an item of a procès-verbal at a line start: "1. Title", "2) Title", "3 – Title", "Point n° 4 : Title" */
  agendaNumberedHeading: /^[ \t]{0,8}(?:(?:point|question|dossier|affaire|sujet)[ \t]{1,3}(?:n[°o][ \t]{0,3})?)?(\d{1,2})[ \t]{0,2}(?:[.):]|[ \t][–—-])[ \t]{1,3}\S[^\n]{2,300}$/gim,
  /** a numbered line that is a decision of the act, not the title of an item: "1. Approuve…", "2) D'autoriser…" */
  decisionListEntry: /^[ \t]{0,8}(?:(?:point|question|dossier|affaire|sujet)[ \t]{1,3}(?:n[°o][ \t]{0,3})?)?\d{1,2}[ \t]{0,2}(?:[.):]|[ \t][–—-])[ \t]{1,3}(?:(?:approuve|autorise|d[ée]cide|dit|pr[ée]cise|charge|sollicite|donne|accepte|valide|adopte|fixe|inscrit|prend|mandate|confirme|abroge|demande|[ée]met|refuse|d[ée]signe)r?(?![a-zà-ÿ])|de\s|d')/i,
  /** an act heading at a line start: "DCM 2025-086 – …", "2. Délibération n° 2025-087 : …", "N° 2025-45 – …" */
  agendaActHeading: /^[ \t]{0,8}(?:[•▪◦‣∙·*][ \t]{1,3})?(?:(?:point|question)[ \t]{1,3}(?:n[°o][ \t]{0,3})?)?(?:\d{1,2}[ \t]{0,2}(?:[.)]|[ \t][–—-])[ \t]{1,3})?(?:(?:(?:d[ée]lib[ée]ration|DCM|DELIB|DEL)[ \t]{0,3}(?:n[°o]\.?[ \t]{0,3})?|n°[ \t]{0,3}):?[ \t]{0,3}|(?=(?:19|20)\d{2}[-_\/.]\d{1,4}[ \t]{1,3}[–—-][ \t]))([A-Z]{0,5}[-_]?\d[\w\/.-]{0,30})/gim,
  /** an "Objet :" heading at a line start (a procès-verbal may give one per item) */
  agendaSubjectHeading: /^[ \t]{0,8}objet(?:\s+de\s+la\s+d[ée]lib[ée]ration)?[ \t]{0,3}:/gim,
  /** where the last item of a procès-verbal ends: other business, the session closed */
  agendaClosing: /^[ \t]{0,8}(?:questions?\s+diverses|informations?\s+diverses|la\s+s[ée]ance\s+est\s+(?:lev[ée]e|close)|l'ordre\s+du\s+jour\s+[ée]tant\s+[ée]puis[ée]|plus\s+rien\s+n'[ée]tant\s+à\s+l'ordre\s+du\s+jour|fin\s+de\s+(?:la\s+)?s[ée]ance)/im,
  /** what shows an item was decided: a vote, unanimity, adoption */
  agendaDecision: /\bunanimit[ée]|\bunanimement\b|\ben\s+avoir\s+d[ée]lib[ée]r[ée]|\badopt[ée]e?s?\b|\brejet[ée]e?s?\b|\bvoix\s+pour\b|\bpour[ \t]{0,3}:[ \t]{0,3}\d|\bont\s+vot[ée]\b/i,
  /** a line that opens the body of an act, never the rest of its object: "Mme X rappelle…", "Le Maire expose…", "Vu…" */
  subjectBodyStart: /^(?:(?:M\.|MM\.?|Mmes?|MME|Monsieur|Madame|Mademoiselle)[ \t]|(?:le|la)\s+(?:maire|pr[ée]sidente?|rapporteur|conseil)\b|vu\b|consid[ée]rant\b|apr[èe]s\s|entendu\b|sur\s+(?:le\s+)?rapport\b|sur\s+(?:la\s+)?proposition\b|expos[ée]\b|rapporteur\b)/i,
  /** the filler words before a folded count label ("NOMBRE DE MEMBRES PRESENTS" → "PRESENTS") */
  countLabelFiller: /^(?:NOMBRE D(?:E)? )?(?:(?:MEMBRES|CONSEILLERS)(?: MUNICIPAUX)? )?/,
  /** "Département :" before a department's name in a heading */
  departmentLabelLead: /^[ \t]{0,8}d[ée]partement[ \t]{0,3}:[ \t]{0,3}/i,
  /** every article heading (the body a convention title stands over) */
  articleHeadingAll: /^[ \t]{0,8}article\s+\d{1,2}/gim,
  /** an "Objet :" label ending the text just above a line: that line is the deliberation's object */
  objectLabelEnd: /(?:^|\n)[ \t]{0,8}objet(?:\s+de\s+la\s+d[ée]lib[ée]ration)?[ \t]{0,3}:?[ \t]{0,3}\n[ \t\n]{0,8}$/i,
  /** the council deliberating (not a mention of its deliberation, as a convention's "Vu la délibération n°…") */
  councilDeliberating: /en\s+avoir\s+d[ée]lib[ée]r[ée]|apr[èe]s\s+d[ée]lib[ée]ration|le\s+conseil\s+(?:municipal|communautaire)\s{0,3},?\s{1,3}(?:d[ée]cide|approuve|adopte|autorise)\b|\bunanimit[ée]/i,
  /** a roll-call vote's count in brackets before its names: "Ont voté pour (11) :", "Pour (11) :" */
  rollCallFor: /\b(?:ont\s+vot[ée]\s+)?pour[ \t]{0,3}\([ \t]{0,2}(\d{1,3})[ \t]{0,2}\)[ \t]{0,3}:/gi,
  /** "Ont voté contre (2) :", "Contre (2) :" */
  rollCallAgainst: /\b(?:ont\s+vot[ée]\s+)?contre[ \t]{0,3}\([ \t]{0,2}(\d{1,3})[ \t]{0,2}\)[ \t]{0,3}:/gi,
  /** "S'est abstenue (1) :", "Se sont abstenus (2) :", "Abstentions (2) :" */
  rollCallAbstentions: /(?:\babstentions?|\bs'est\s+abstenue?|\bse\s+sont\s+abstenue?s)[ \t]{0,3}\([ \t]{0,2}(\d{1,3})[ \t]{0,2}\)[ \t]{0,3}:/gi,
  /** the ENT named by its acronym (case matters: "ent" is a word ending) */
  entAcronym: /\bENT\b/,
  /** the ENT named in words */
  entWords: /espace\s+num[ée]rique\s+de\s+travail|environnement\s+num[ée]rique\s+de\s+travail|espace\s+num[ée]rique\s+(?:[ée]ducatif|scolaire)/i,
  // --- part B (cont.) ---
  /** a fee per school written in words only: "quarante-cinq euros par école", "cinquante euros TTC par école" */
  feePerSchoolInWords: new RegExp(`(?<![a-zà-ÿ-])(${NUM_WORDS})\\s{1,3}euros?(?:\\s{1,3}(?:TTC|HT))?\\s{0,3}(?:par|\\/)\\s{0,2}[ée]cole`, 'gi'),
  /** a comma and its space, between the parts of a school's line */
  commaSpace: /,\s/,
  /** the first "Commune de X" / "Mairie de X" of a text (non-global: exec gives the first) */
  communeNameAnywhere: new RegExp(`\\b(?:[Cc]ommune|COMMUNE|[Mm]airie|MAIRIE)\\s{1,3}(?:de|d'|DE|D'|du|DU)\\s{0,2}${PLACE_NAME}`),
  /** the mayor named in a list: "Michel COUSSEAU (Maire)", "Anne DURAND (le maire)" */
  mayorInParentheses: /(?<![A-Za-zÀ-ÿ'-])((?:[A-ZÀ-Ý][A-Za-zÀ-ÿ'-]{1,30} ){1,3}[A-ZÀ-Ý][A-Za-zÀ-ÿ'-]{1,30}) {0,2}\((?:[Ll]e |[Ll]a )?(?:[Mm]aire|MAIRE)\)/g,
  /** how the session was held, after its place: "en mairie en séance publique", "salle du conseil à huis clos" */
  placeTrailingQualifier: /\s(?:(?:en\s+(?:s[ée]ance|session)|à\s+huis\s+clos|sans\s+public|en\s+visio|en\s+pr[ée]sentiel|afin\s+de|pour\s+(?:respecter|permettre|des\s+raisons)|en\s+raison\s+(?:de|du|des))(?![a-zà-ÿ])|(?:afin|en\s+raison)\s+d')/i,
  /** a count written in words after its label: "Conseillers en exercice : dix-neuf", "Procurations : deux" */
  /** a count in words before its label, in the opening sentence: "composé de vingt-sept membres en exercice", "dont treize étaient présents et un représenté" */
  countInWordsBefore: new RegExp(`(?<![a-zà-ÿA-ZÀ-Ý-])(${NUM_WORDS})[ \\t\\n]{1,3}(?:(?:membres|conseill[eè]re?s)(?:[ \\t\\n]+municipaux)?[ \\t\\n]{1,3})?(?:(?:[ée]tant|[ée]taient|sont)[ \\t\\n]{1,3})?(en[ \\t\\n]+exercice|pr[ée]sente?s?|repr[ée]sent[ée]e?s?|absente?s?|votants)(?![a-zà-ÿ])`, 'gi'),
  countInWords: new RegExp(`\\b(en\\s+exercice|pr[ée]sents?|repr[ée]sent[ée]s|procurations?|pouvoirs?|absents?|votants)[ \\t]{0,3}:[ \\t]{0,3}(${NUM_WORDS})(?=[ \\t]{0,3}(?:[\\n;,.|–—-]|$))`, 'gi'),
  /** cheap pre-test for letter-spaced capitals */
  spacedCapitalsHint: /[A-ZÀ-Ý] [A-ZÀ-Ý] [A-ZÀ-Ý] [A-ZÀ-Ý]/,
  /** letter-spaced capitals, as a heading or label ("P R É S E N T S :"): four letters at least */
  spacedCapitals: /(?<![A-Za-zÀ-ÿ])(?:[A-ZÀ-Ý] ){3,30}[A-ZÀ-Ý](?![A-Za-zÀ-ÿ])/g,
  /** a school's name on its own labelled line: "Nom : École …", "Nom de l'école : …", "Dénomination : …" */
  schoolNameLabel: /^(?:nom(?:\s+de\s+l'[ée]cole|\s+de\s+l'[ée]tablissement)?|d[ée]nomination|[ée]cole)[ \t]{0,3}:[ \t]{0,3}(\S[^\n]{1,120})$/i,
  /** a header cell of a proxy table: "Mandant", "Mandataire", "Donne pouvoir à", "Élu absent" */
  proxyTableHeader: /^(?:mandant|mandataire|donne(?:ur)?\s+(?:de\s+)?(?:pouvoir|procuration)|(?:re[çc]oit|d[ée]tenteur|titulaire)\b|[ée]lus?\s+(?:absente?s?|repr[ée]sent[ée]e?s?)|absente?s?|repr[ée]sent[ée]e?s?\s+par|pouvoir\s+(?:à|donn[ée])|procuration\s+à)/i,
  /** a header cell naming the proxy holder */
  proxyHolderHeader: /^(?:mandataire|re[çc]oit|d[ée]tenteur|titulaire|repr[ée]sent[ée]e?s?\s+par|pouvoir\s+à|procuration\s+à)/i,
};

export type PatternName = keyof typeof patterns;
