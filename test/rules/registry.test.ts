import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../lib/rules/index';
import { messagesEn } from '../../lib/messages/en';
import { messagesFr } from '../../lib/messages/fr';
import { hasSharedMaterial, sharedDir } from '../support/shared-material';

const rulesDir = join(__dirname, '../../lib/rules');
const testsDir = __dirname;
const catalogue = hasSharedMaterial ? readFileSync(join(sharedDir, 'spec', 'rules.md'), 'utf8') : '';

/** Rule files: lib/rules/<id>.ts, the registry and the contract aside (helpers live in support/). */
const ruleFiles = readdirSync(rulesDir)
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts' && file !== 'rule.ts')
  .map((file) => file.replace(/\.ts$/, ''))
  .sort();

/** Ids of rules.md: the first cell of every table row, in backticks. */
const catalogueIds = [...catalogue.matchAll(/^\|\s*`([a-z0-9-]+)`\s*\|/gm)].map((match) => match[1] as string);

function messageIdsIn(id: string): string[] {
  const source = readFileSync(join(rulesDir, `${id}.ts`), 'utf8');
  const escaped = id.replace(/-/g, '\\-');
  return [...new Set([...source.matchAll(new RegExp(`'(${escaped}\\.[A-Za-z]+)'`, 'g'))].map((match) => match[1] as string))];
}

describe('rules registry', () => {
  it('finds the rule files (the list is not empty)', () => {
    expect(ruleFiles.length).toBeGreaterThan(30);
  });

  it.skipIf(!hasSharedMaterial)('finds the catalogue ids of ../shared/spec/rules.md (the list is not empty)', () => {
    expect(catalogueIds.length).toBeGreaterThan(30);
  });

  it('registers every rule file under its own id, once, sorted', () => {
    const ids = rules.map((rule) => rule.id);
    expect(ids).toEqual(ruleFiles);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.skipIf(!hasSharedMaterial)('has a rule for every id of rules.md, and no id rules.md does not know', () => {
    expect([...ruleFiles].sort()).toEqual([...new Set(catalogueIds)].sort());
  });

  for (const id of ruleFiles) {
    describe(id, () => {
      it('has a test file', () => {
        expect(existsSync(join(testsDir, `${id}.test.ts`)), `test/rules/${id}.test.ts is missing`).toBe(true);
      });
      it('has French and English text for each of its messageIds', () => {
        const messageIds = messageIdsIn(id);
        expect(messageIds.length, `no messageId found in lib/rules/${id}.ts`).toBeGreaterThan(0);
        for (const messageId of messageIds) {
          expect(messagesFr[messageId], `French text for ${messageId}`).toBeTruthy();
          expect(messagesEn[messageId], `English text for ${messageId}`).toBeTruthy();
        }
      });
      it('states its legal basis and fields', () => {
        const rule = rules.find((candidate) => candidate.id === id);
        expect(rule?.basis.length).toBeGreaterThan(3);
        expect(rule?.fields.length).toBeGreaterThan(0);
      });
    });
  }

  it('has no message without a rule, and the same keys in French and English', () => {
    const ids = new Set(ruleFiles);
    for (const key of Object.keys(messagesFr)) expect(ids.has(key.split('.')[0] as string), key).toBe(true);
    expect(Object.keys(messagesEn).sort()).toEqual(Object.keys(messagesFr).sort());
  });

  it('uses every placeholder a message names from data the rule can give (same placeholders in both languages)', () => {
    const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
    for (const [key, french] of Object.entries(messagesFr)) {
      expect(placeholders(messagesEn[key] ?? ''), key).toEqual(placeholders(french));
    }
  });
});
