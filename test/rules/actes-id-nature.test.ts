import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/actes-id-nature';
import { check } from './support/record-builder';

describe('actes-id-nature', () => {
  it('passes DE', () => {
    expect(check(rule, { deliberation: { actesId: '031-213105331-20240620-202436-DE' } })).toEqual([]);
  });
  it('warns on another known nature code, in the id or the draft', () => {
    expect(check(rule, { deliberation: { actesId: '031-213105331-20240620-202436-CC' } })).toMatchObject([
      { messageId: 'actes-id-nature.notDeliberation', severity: 'warning', data: { nature: 'CC' } },
    ]);
    expect(check(rule, { deliberation: { nature: 'AR' } })).toMatchObject([{ field: 'deliberation.nature', data: { nature: 'AR' } }]);
  });
  it('leaves unknown codes to actes-id-format', () => {
    expect(check(rule, { deliberation: { actesId: '031-213105331-20240620-202436-XX' } })).toEqual([]);
  });
});
