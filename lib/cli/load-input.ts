/**
 * A file's bytes → the text the readers get, choosing the path by content (the "%PDF-" magic,
 * HTML tags), not only by the extension: mail gateways and @CTES downloads rename files.
 */
import { htmlToText } from '../read/html-to-text';
import { PdfReadError, readPdf, type PdfErrorCode } from '../read/pdf';
import type { InputErrorCode } from './cli-messages';

export type InputType = 'pdf' | 'html' | 'text';

export interface LoadedInput {
  type: InputType;
  text: string;
  pageCount?: number;
  /** note keys of cli-messages with their data */
  notes: { key: 'truncatedText' | 'truncatedPdf' | 'pagesWithoutText' | 'legacyEncoding'; data: Record<string, string | number> }[];
}

/** An input nothing can be read from; `code` picks the message in cli-messages. */
export class InputError extends Error {
  constructor(readonly code: InputErrorCode, readonly data: Record<string, string | number> = {}) {
    super(code);
    this.name = 'InputError';
  }
}

/** A deliberation and its convention are ~20 kB of text; a whole recueil rarely 1 MB. */
export const MAX_TEXT_CHARS = 1_000_000;
export const MAX_FILE_BYTES = 60 * 1024 * 1024;

const PDF_ERRORS: Record<PdfErrorCode, InputErrorCode> = {
  'no-text': 'pdf-no-text', encrypted: 'pdf-encrypted', corrupt: 'pdf-corrupt', 'too-large': 'too-large', empty: 'pdf-empty',
  // the browser's missing worker file never happens in node, where pdf.js runs in-thread
  'no-worker': 'unreadable',
};

export function detectInputType(bytes: Uint8Array, fileName: string): InputType | 'office' | 'image' | 'binary' {
  const head = latin1(bytes.subarray(0, 1024));
  // The PDF header may follow a few junk bytes (PDF 1.7 §7.5.2 readers look in the first 1 kB).
  if (head.includes('%PDF-')) return 'pdf';
  if (head.startsWith('PK\u0003\u0004') || head.startsWith('\u00d0\u00cf\u0011\u00e0')) return 'office';
  if (head.startsWith('\u0089PNG') || head.startsWith('\u00ff\u00d8\u00ff') || head.startsWith('GIF8') || head.startsWith('II*\u0000') || head.startsWith('MM\u0000*')) return 'image';
  const text = decodeText(bytes.subarray(0, 8192)).text;
  if (looksBinary(text)) return 'binary';
  if (looksLikeHtml(text) || (/\.x?html?$/i.test(fileName) && text.includes('<'))) return 'html';
  return 'text';
}

export async function loadInput(bytes: Uint8Array, fileName: string): Promise<LoadedInput> {
  if (bytes.byteLength === 0) throw new InputError('empty', { file: fileName });
  const type = detectInputType(bytes, fileName);
  if (type === 'office') throw new InputError('office-document', { file: fileName });
  if (type === 'image') throw new InputError('image', { file: fileName });
  if (type === 'binary') throw new InputError('binary', { file: fileName });
  const notes: LoadedInput['notes'] = [];

  if (type === 'pdf') {
    try {
      const pdf = await readPdf(bytes);
      if (pdf.truncated) notes.push({ key: 'truncatedPdf', data: { pages: pdf.pageCount, read: 200 } });
      if (pdf.pagesWithoutText?.length) notes.push({ key: 'pagesWithoutText', data: { pages: pdf.pagesWithoutText.join(', ') } });
      return { type, text: capText(pdf.text, notes), pageCount: pdf.pageCount, notes };
    } catch (error) {
      if (error instanceof PdfReadError) throw new InputError(PDF_ERRORS[error.code], { file: fileName });
      throw new InputError('pdf-corrupt', { file: fileName });
    }
  }

  const decoded = decodeText(bytes);
  if (decoded.legacy) notes.push({ key: 'legacyEncoding', data: {} });
  // Cut before converting: htmlToText is linear, but nothing past the cap would be read anyway.
  const raw = decoded.text.length > MAX_TEXT_CHARS * 4 ? decoded.text.slice(0, MAX_TEXT_CHARS * 4) : decoded.text;
  const text = capText(type === 'html' ? htmlToText(raw) : raw, notes);
  if (!/[\p{L}\p{N}]/u.test(text)) throw new InputError('no-text', { file: fileName });
  return { type, text, notes };
}

function capText(text: string, notes: LoadedInput['notes']): string {
  if (text.length <= MAX_TEXT_CHARS) return text;
  notes.push({ key: 'truncatedText', data: { max: MAX_TEXT_CHARS.toLocaleString('fr-FR') } });
  return text.slice(0, MAX_TEXT_CHARS);
}

/** UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 as old Windows exports are. */
export function decodeText(bytes: Uint8Array): { text: string; legacy: boolean } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), legacy: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), legacy: false };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), legacy: false };
  } catch {
    // A sample cut mid-character is still UTF-8: only call it legacy when the cut is not the cause.
    const lenient = new TextDecoder('utf-8').decode(body);
    const broken = (lenient.match(/\ufffd/g) ?? []).length;
    if (broken <= 1 && lenient.endsWith('\ufffd')) return { text: lenient.slice(0, -1), legacy: false };
    return { text: new TextDecoder('windows-1252').decode(body), legacy: true };
  }
}

/** NUL bytes or many control characters: not a text a secretary saved. */
function looksBinary(sample: string): boolean {
  if (sample.length === 0) return false;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) return true;
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd || (code >= 0x80 && code < 0xa0)) control++;
  }
  return control / sample.length > 0.05;
}

const HTML_START = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<!--)/i;
const HTML_TAG = /<\/?(?:p|div|br|td|tr|span|table|li|ul|h[1-6]|strong|em|b|i|a)\b[^<>]{0,200}>/gi;

function looksLikeHtml(sample: string): boolean {
  if (HTML_START.test(sample)) return true;
  let tags = 0;
  for (const _ of sample.matchAll(HTML_TAG)) if (++tags >= 3) return true;
  return false;
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += String.fromCharCode(byte);
  return out;
}
