/**
 * Speed budget of the readers: a 20 kB document in ≤ 10 ms median on a quiet machine. The
 * assertion keeps headroom for a loaded CI box (eight engineers share two cores); a regression
 * to a quadratic reader still fails it by far.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/index';

const seed = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds/003_ed283d386761d980.txt');

describe.skipIf(!existsSync(seed))('reading speed', () => {
  it('reads 20 kB well within budget (median of 40 reads)', () => {
    let text = readFileSync(join(seed), 'utf8');
    while (text.length < 20_000) text += `\n${text}`;
    text = text.slice(0, 20_000);
    for (let i = 0; i < 10; i++) readDocument(text);
    const times: number[] = [];
    for (let i = 0; i < 40; i++) {
      const started = performance.now();
      readDocument(text);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    expect(times[20]!).toBeLessThan(40);
  });
});
