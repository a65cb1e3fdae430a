/**
 * HTML character references: the named ones French administrative pages actually use, and
 * every numeric one. Unknown names stay as written ("&foo;"), as a browser shows them.
 */
const NAMED: Record<string, string> = {
  nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', sbquo: '‚', bdquo: '„', laquo: '«', raquo: '»',
  lsaquo: '‹', rsaquo: '›', prime: '′', Prime: '″',
  ndash: '–', mdash: '—', hellip: '…', shy: '\u00ad', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003',
  zwnj: '\u200c', zwj: '\u200d', bull: '•', middot: '·', deg: '°', sect: '§', para: '¶', copy: '©', reg: '®',
  trade: '™', euro: '€', pound: '£', yen: '¥', cent: '¢', times: '×', divide: '÷', plusmn: '±', micro: 'µ',
  frac12: '½', frac14: '¼', frac34: '¾', sup1: '¹', sup2: '²', sup3: '³', ordf: 'ª', ordm: 'º',
  iexcl: '¡', iquest: '¿', dagger: '†', Dagger: '‡', permil: '‰', minus: '−', larr: '←',
  rarr: '→', check: '✓', numero: '№', NewLine: '\n', Tab: '\t',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', auml: 'ä', aring: 'å', aelig: 'æ', ccedil: 'ç',
  egrave: 'è', eacute: 'é', ecirc: 'ê', euml: 'ë', igrave: 'ì', iacute: 'í', icirc: 'î', iuml: 'ï',
  ntilde: 'ñ', ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ouml: 'ö', oslash: 'ø', oelig: 'œ',
  ugrave: 'ù', uacute: 'ú', ucirc: 'û', uuml: 'ü', yacute: 'ý', yuml: 'ÿ', szlig: 'ß',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Auml: 'Ä', Aring: 'Å', AElig: 'Æ', Ccedil: 'Ç',
  Egrave: 'È', Eacute: 'É', Ecirc: 'Ê', Euml: 'Ë', Igrave: 'Ì', Iacute: 'Í', Icirc: 'Î', Iuml: 'Ï',
  Ntilde: 'Ñ', Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô', Otilde: 'Õ', Ouml: 'Ö', Oslash: 'Ø', OElig: 'Œ',
  Ugrave: 'Ù', Uacute: 'Ú', Ucirc: 'Û', Uuml: 'Ü', Yacute: 'Ý', Yuml: 'Ÿ',
};

/** Names a browser also decodes without the ";" (legacy pages write "&nbsp" or "&amp"). */
const WITHOUT_SEMICOLON = new Set(['nbsp', 'amp', 'lt', 'gt', 'quot', 'eacute', 'egrave', 'agrave', 'ccedil']);

/** HTML maps numeric references 128–159 to Windows-1252 ("&#146;" is ’): old CMS pages use them. */
const WINDOWS_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decodes the reference starting at `amp` (an "&"); null when it is not one. */
export function decodeEntity(text: string, amp: number): { text: string; end: number } | null {
  if (text.charCodeAt(amp + 1) === 35 /* # */) {
    const hex = text.charCodeAt(amp + 2) === 120 || text.charCodeAt(amp + 2) === 88;
    let i = amp + (hex ? 3 : 2);
    const start = i;
    while (i < text.length && i - start < 8 && isDigit(text.charCodeAt(i), hex)) i++;
    if (i === start) return null;
    const code = parseInt(text.slice(start, i), hex ? 16 : 10);
    if (text.charCodeAt(i) === 59 /* ; */) i++;
    return { text: codePointText(code), end: i };
  }
  let i = amp + 1;
  while (i < text.length && i - amp <= 32 && isAlnum(text.charCodeAt(i))) i++;
  const name = text.slice(amp + 1, i);
  if (name.length === 0) return null;
  if (text.charCodeAt(i) === 59 && Object.hasOwn(NAMED, name)) return { text: NAMED[name]!, end: i + 1 };
  // Without ";", the longest legacy name that prefixes the run ("&nbspM." → "\u00a0M.").
  for (let len = Math.min(name.length, 6); len >= 2; len--) {
    const prefix = name.slice(0, len);
    if (WITHOUT_SEMICOLON.has(prefix)) return { text: NAMED[prefix]!, end: amp + 1 + len };
  }
  return null;
}

function codePointText(code: number): string {
  if (code >= 0x80 && code <= 0x9f) return WINDOWS_1252[code - 0x80]!;
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

function isDigit(code: number, hex: boolean): boolean {
  if (code >= 48 && code <= 57) return true;
  return hex && ((code >= 65 && code <= 70) || (code >= 97 && code <= 102));
}

function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
