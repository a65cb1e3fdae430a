/**
 * The fields the drafting form shows: which record path, which input kind, which tab.
 * The form, the model's parsing and the "click a finding → focus its field" link all read
 * this one list, so a field added here appears everywhere at once.
 */
import type { UiKey } from '../i18n/ui';
import type { FieldPath } from '../record/schema';

export type DraftTab = 'seance' | 'presence' | 'vote' | 'acte' | 'convention';
export const draftTabs: readonly DraftTab[] = ['seance', 'presence', 'vote', 'acte', 'convention'];

export type FieldKind =
  | 'text' | 'longText' | 'count' | 'amount' | 'date' | 'time' | 'boolean'
  | 'nature' | 'department' | 'classification' | 'schoolYear' | 'siret' | 'population';

export interface DraftField {
  path: FieldPath;
  kind: FieldKind;
  tab: DraftTab;
  label: UiKey;
}

function field(path: FieldPath, kind: FieldKind, tab: DraftTab): DraftField {
  return { path, kind, tab, label: `field.${path}` as UiKey };
}

export const draftFields: readonly DraftField[] = [
  field('commune.name', 'text', 'seance'),
  field('commune.department', 'department', 'seance'),
  field('commune.siret', 'siret', 'seance'),
  field('commune.population', 'population', 'seance'),
  field('session.date', 'date', 'seance'),
  field('session.time', 'time', 'seance'),
  field('session.place', 'text', 'seance'),
  field('session.president', 'text', 'seance'),
  field('session.convocationDate', 'date', 'seance'),
  field('session.postedDate', 'date', 'seance'),
  field('session.secretary', 'text', 'seance'),
  field('session.urgency', 'boolean', 'seance'),
  field('session.secondConvocation', 'boolean', 'seance'),
  field('attendance.inOffice', 'count', 'presence'),
  field('attendance.present', 'count', 'presence'),
  field('attendance.represented', 'count', 'presence'),
  field('attendance.absent', 'count', 'presence'),
  field('attendance.voters', 'count', 'presence'),
  field('vote.for', 'count', 'vote'),
  field('vote.against', 'count', 'vote'),
  field('vote.abstentions', 'count', 'vote'),
  field('vote.expressed', 'count', 'vote'),
  field('vote.unanimous', 'boolean', 'vote'),
  field('deliberation.number', 'text', 'acte'),
  field('deliberation.subject', 'longText', 'acte'),
  field('deliberation.nature', 'nature', 'acte'),
  field('deliberation.classification', 'classification', 'acte'),
  field('deliberation.actesNumber', 'text', 'acte'),
  field('deliberation.signedOn', 'date', 'acte'),
  field('deliberation.publishedOn', 'date', 'acte'),
  field('deliberation.transmittedOn', 'date', 'acte'),
  field('convention.academy', 'text', 'convention'),
  field('convention.schoolYear', 'schoolYear', 'convention'),
  field('convention.feePerSchool', 'amount', 'convention'),
  field('convention.schoolCount', 'count', 'convention'),
  field('convention.total', 'amount', 'convention'),
  field('convention.endDate', 'date', 'convention'),
  field('convention.signedOn', 'date', 'convention'),
];

const byPath = new Map(draftFields.map((f) => [f.path, f]));

export function draftField(path: FieldPath): DraftField | undefined {
  return byPath.get(path);
}

/**
 * The deliberation restates the convention's figures. In a draft the secretary types them once
 * (Convention tab) and the deliberation's copy follows, unless a document said otherwise.
 */
export const mirroredFields: Readonly<Record<FieldPath, FieldPath>> = {
  'convention.feePerSchool': 'deliberation.feePerSchool',
  'convention.schoolCount': 'deliberation.schoolCount',
  'convention.total': 'deliberation.total',
  'convention.endDate': 'deliberation.conventionEndDate',
};

const mirrorOf = new Map(Object.entries(mirroredFields).map(([from, to]) => [to, from]));

/** Lists edited by their own widget rather than one input: findings on them land there. */
export const listAnchors: Readonly<Record<string, { id: string; tab: DraftTab }>> = {
  'attendance.presentNames': { id: 'roster', tab: 'presence' },
  'attendance.proxies': { id: 'roster', tab: 'presence' },
  'attendance.absentNames': { id: 'roster', tab: 'presence' },
  'attendance.nonParticipantNames': { id: 'roster', tab: 'presence' },
  'convention.schools': { id: 'schools', tab: 'convention' },
};

export interface FindingTarget {
  /** the form field the finding is shown next to, when one matches */
  field: DraftField | null;
  /** DOM id to focus */
  anchorId: string;
  tab: DraftTab;
}

const tabOfSection: Record<string, DraftTab> = {
  commune: 'seance', session: 'seance', attendance: 'presence', vote: 'vote',
  deliberation: 'acte', convention: 'convention', blanks: 'acte',
};

/** DOM id of a field's input. */
export function inputId(path: FieldPath): string {
  return `draft-${path.replace(/\./g, '-')}`;
}

/**
 * Where a finding about `path` shows: the exact field, its convention twin for the
 * deliberation's restated figures, the list widget ("attendance.proxies.2" → roster), or the
 * tab of its section.
 */
export function findingTarget(path: FieldPath): FindingTarget {
  const segments = path.split('.');
  for (let n = segments.length; n > 0; n--) {
    const prefix = segments.slice(0, n).join('.');
    const own = byPath.get(prefix) ?? byPath.get(mirrorOf.get(prefix) ?? '');
    if (own) return { field: own, anchorId: inputId(own.path), tab: own.tab };
    const list = listAnchors[prefix];
    if (list) return { field: null, anchorId: list.id, tab: list.tab };
  }
  const tab = tabOfSection[segments[0] ?? ''] ?? 'acte';
  return { field: null, anchorId: `tab-${tab}`, tab };
}
