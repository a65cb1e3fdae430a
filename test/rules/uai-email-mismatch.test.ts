import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/uai-email-mismatch';
import { check } from './support/record-builder';

describe('uai-email-mismatch', () => {
  it('fires when the e-mail names another UAI (seed 002: 0831475C vs 0831515w)', () => {
    const schools = [{ uai: '0831475C', name: 'PISAN-MALASPINA', email: 'ecole.0831515w@ac-nice.fr' }];
    expect(check(rule, { convention: { schools } })).toMatchObject([
      { messageId: 'uai-email-mismatch.differ', severity: 'warning', data: { uai: '0831475C', emailUai: '0831515W' } },
    ]);
  });
  it('passes a matching e-mail (case aside) and ignores e-mails without a UAI', () => {
    const schools = [
      { uai: '0830556D', name: 'CHABAUD', email: 'ecole.0830556d@ac-nice.fr' },
      { uai: '0830557E', name: 'FONTVIEILLE', email: 'direction@ecole-fontvieille.fr' },
      { uai: '0830557E', name: 'Sans adresse' },
    ];
    expect(check(rule, { convention: { schools } })).toEqual([]);
  });
});
