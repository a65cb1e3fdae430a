import { describe, expect, it } from 'vitest';
import { actesIdProblem, parseActesId } from '../../lib/identifiers/actes-id';

describe('actes-id', () => {
  it('reads by position: the number may hold "-" (seed 004)', () => {
    expect(parseActesId('034-213401482-20250625-DEL11-250625-DE')).toMatchObject({
      department: '034', siren: '213401482', compactDate: '20250625', date: '2025-06-25', number: 'DEL11-250625', nature: 'DE',
    });
  });
  it('tolerates spaces around the dashes (PDF text)', () => {
    expect(parseActesId('031 - 213105331 - 20240620 - 202436 - DE')?.number).toBe('202436');
  });
  it('names the first malformed part', () => {
    expect(actesIdProblem(parseActesId('031-213105331-20240620-202436-DE'))).toBeNull();
    expect(actesIdProblem(parseActesId('030-21300217-20211027-2021100-DE'))).toBe('siren');
    expect(actesIdProblem(parseActesId('31-213105331-20240620-202436-DE'))).toBe('department');
    expect(actesIdProblem(parseActesId('031-213105331-20241320-202436-DE'))).toBe('date');
    expect(actesIdProblem(parseActesId('031-213105331-20240620-202436-ZZ'))).toBe('nature');
    expect(actesIdProblem(parseActesId('031-213105331-20240620'))).toBe('parts');
    expect(actesIdProblem(parseActesId('02B-212000046-20240620-1-DE'))).toBeNull();
  });
});
