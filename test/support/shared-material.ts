/**
 * The project's shared material (spec, seeds, expected readings) lives beside the repository as
 * ../shared — on the developers' machines and in CI alike. A clone without it skips the tests
 * that compare against it, and says so, instead of failing on a missing file.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '..', '..');

export const sharedDir = process.env.PARAPHE_SHARED_DIR ?? resolve(repoRoot, '..', 'shared');
export const hasSharedMaterial = existsSync(join(sharedDir, 'spec', 'rules.md'));
export const sharedSeedsDir = join(sharedDir, 'seeds');
export const sharedExpectedDir = join(sharedDir, 'expected');
