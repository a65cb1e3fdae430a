/**
 * A tiny document model for generated texts: blocks of lines made of plain text and visible
 * placeholders, rendered once as plain text (copy into the register) and once as HTML
 * (the panel's preview, built from escaped text only).
 */
import { escapeHtml } from './plain-text';

/** A value the record does not know: rendered "[à compléter : label]", never invented. */
export interface Missing {
  missing: string;
  /** record key the value belongs to, so the panel can jump to it */
  field?: string;
}

export type Part = string | Missing;
export type Line = Part[];

export type BlockKind =
  | 'header' | 'title' | 'members' | 'paragraph' | 'list' | 'decides' | 'article' | 'closing' | 'signatures' | 'certification';

export interface Block {
  kind: BlockKind;
  lines: Line[];
}

export function missing(label: string, field?: string): Missing {
  return field === undefined ? { missing: label } : { missing: label, field };
}

export function placeholderText(part: Missing): string {
  return `[à compléter : ${part.missing}]`;
}

function partText(part: Part): string {
  return typeof part === 'string' ? part : placeholderText(part);
}

function partHtml(part: Part): string {
  if (typeof part === 'string') return escapeHtml(part);
  const field = part.field === undefined ? '' : ` data-field="${escapeHtml(part.field)}"`;
  return `<mark class="a-completer"${field}>${escapeHtml(placeholderText(part))}</mark>`;
}

export function lineText(line: Line): string {
  return line.map(partText).join('');
}

/** Plain text: one line per line, a blank line between blocks. */
export function blocksToText(blocks: readonly Block[]): string {
  return blocks.map((block) => block.lines.map(lineText).join('\n')).join('\n\n') + '\n';
}

const blockTags: Readonly<Record<BlockKind, string>> = {
  header: 'header', title: 'h1', members: 'p', paragraph: 'p', list: 'p', decides: 'p',
  article: 'p', closing: 'p', signatures: 'div', certification: 'footer',
};

/** HTML preview: every text escaped; placeholders as `<mark class="a-completer">`. */
export function blocksToHtml(blocks: readonly Block[], className: string): string {
  const body = blocks.map((block) => {
    const tag = blockTags[block.kind];
    const inner = block.kind === 'header' || block.kind === 'signatures' || block.kind === 'certification'
      ? block.lines.map((line) => `<p>${line.map(partHtml).join('')}</p>`).join('')
      : block.lines.map((line) => line.map(partHtml).join('')).join('<br>');
    return `<${tag} class="${className}-${block.kind}">${inner}</${tag}>`;
  });
  return `<article class="${className}">${body.join('\n')}</article>`;
}

/** Every placeholder in the blocks, in reading order, without duplicates. */
export function missingParts(blocks: readonly Block[]): Missing[] {
  const seen = new Set<string>();
  const found: Missing[] = [];
  for (const block of blocks) {
    for (const line of block.lines) {
      for (const part of line) {
        if (typeof part === 'string' || seen.has(part.missing)) continue;
        seen.add(part.missing);
        found.push(part);
      }
    }
  }
  return found;
}

/** "A, B et C" */
export function frenchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}
