import type { CouncilRecord } from '../../record/schema';
import { parseActesId, type ActesId } from '../../identifiers/actes-id';
import { compactIdentifier, sirenOfSiret } from '../../identifiers/siret';

// Rules rerun per keystroke on the same id: keep the last parse.
let lastRaw: string | null = null;
let lastParsed: ActesId | null = null;

/** The printed @CTES id read by position, or null when none is printed. */
export function printedActesId(record: CouncilRecord): ActesId | null {
  const raw = record.deliberation.actesId;
  if (!raw) return null;
  if (raw !== lastRaw) {
    lastRaw = raw;
    lastParsed = parseActesId(raw);
  }
  return lastParsed;
}

/** The commune's SIREN: as stated, else from its SIRET. */
export function communeSiren(record: CouncilRecord): string | null {
  if (record.commune.siren) return compactIdentifier(record.commune.siren);
  return sirenOfSiret(record.commune.siret);
}
