/**
 * The rules registry: every rule of ../shared/spec/rules.md, one file each, sorted by id.
 * The panel reruns `checkRecord` on every keystroke: everything shareable is computed once here.
 */
import type { CouncilRecord } from '../record/schema';
import { messagesEn } from '../messages/en';
import { messagesFr } from '../messages/fr';
import type { Finding, RenderedFinding, Rule, RuleContext, Severity } from './rule';
import actesIdDate from './actes-id-date';
import actesIdDepartment from './actes-id-department';
import actesIdFormat from './actes-id-format';
import actesIdNature from './actes-id-nature';
import actesIdSiren from './actes-id-siren';
import actesNumberFormat from './actes-number-format';
import amountMismatch from './amount-mismatch';
import amountTotal from './amount-total';
import attendanceSum from './attendance-sum';
import blankDate from './blank-date';
import conventionEndMismatch from './convention-end-mismatch';
import conventionEndMissing from './convention-end-missing';
import conventionEndSchoolYear from './convention-end-school-year';
import convocationDateMissing from './convocation-date-missing';
import convocationDelay from './convocation-delay';
import dateOrder from './date-order';
import duplicateMember from './duplicate-member';
import expressedMissing from './expressed-missing';
import expressedSum from './expressed-sum';
import inOfficeMissing from './in-office-missing';
import majority from './majority';
import nameVariant from './name-variant';
import presentCount from './present-count';
import proxyGiverPresent from './proxy-giver-present';
import proxyHolderAbsent from './proxy-holder-absent';
import proxyLimit from './proxy-limit';
import publicationDateMissing from './publication-date-missing';
import quorum from './quorum';
import representedCount from './represented-count';
import schoolCount from './school-count';
import secretaryMissing from './secretary-missing';
import secretaryNotPresent from './secretary-not-present';
import signatureDateMissing from './signature-date-missing';
import signedBeforeSession from './signed-before-session';
import siretChecksum from './siret-checksum';
import subjectMissing from './subject-missing';
import transmissionDateMissing from './transmission-date-missing';
import uaiChecksum from './uai-checksum';
import uaiDepartment from './uai-department';
import uaiEmailMismatch from './uai-email-mismatch';
import unanimity from './unanimity';
import votersSum from './voters-sum';
import votesSum from './votes-sum';

export type { Finding, RenderedFinding, Rule, RuleContext, Severity } from './rule';

export const rules: Rule[] = [
  actesIdDate,
  actesIdDepartment,
  actesIdFormat,
  actesIdNature,
  actesIdSiren,
  actesNumberFormat,
  amountMismatch,
  amountTotal,
  attendanceSum,
  blankDate,
  conventionEndMismatch,
  conventionEndMissing,
  conventionEndSchoolYear,
  convocationDateMissing,
  convocationDelay,
  dateOrder,
  duplicateMember,
  expressedMissing,
  expressedSum,
  inOfficeMissing,
  majority,
  nameVariant,
  presentCount,
  proxyGiverPresent,
  proxyHolderAbsent,
  proxyLimit,
  publicationDateMissing,
  quorum,
  representedCount,
  schoolCount,
  secretaryMissing,
  secretaryNotPresent,
  signatureDateMissing,
  signedBeforeSession,
  siretChecksum,
  subjectMissing,
  transmissionDateMissing,
  uaiChecksum,
  uaiDepartment,
  uaiEmailMismatch,
  unanimity,
  votersSum,
  votesSum,
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const rulesById = new Map(rules.map((rule) => [rule.id, rule]));
const catalogues = { fr: messagesFr, en: messagesEn } as const;
const placeholder = /\{(\w+)\}/g;
const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const noContext: RuleContext = {};

export type Lang = keyof typeof catalogues;

/** Every finding of every rule, in registry order. A rule that throws is a bug: let it surface. */
export function runRules(record: CouncilRecord, context: RuleContext = noContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const found = rule.check(record, context);
    for (const finding of found) findings.push(finding);
  }
  return findings;
}

/** `{name}` placeholders filled from data; an unknown placeholder stays visible rather than vanish. */
export function interpolate(template: string, data: Finding['data']): string {
  return template.replace(placeholder, (whole, key: string) => {
    const value = data[key];
    return value === undefined ? whole : String(value);
  });
}

/** The finding with its message (French unless asked) and its rule's legal basis. */
export function renderFinding(finding: Finding, lang: Lang = 'fr'): RenderedFinding {
  const template = catalogues[lang][finding.messageId] ?? messagesFr[finding.messageId] ?? finding.messageId;
  return {
    ...finding,
    message: interpolate(template, finding.data),
    basis: rulesById.get(finding.rule)?.basis ?? '',
  };
}

/** Errors first, then warnings, then infos; within a severity by field, then rule. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank[a.severity] - severityRank[b.severity] ||
    (a.field < b.field ? -1 : a.field > b.field ? 1 : 0) ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}

/** Run every rule and render the findings, sorted for display (panel, `check --json`). */
export function checkRecord(record: CouncilRecord, context: RuleContext = noContext, lang: Lang = 'fr'): RenderedFinding[] {
  return runRules(record, context).sort(compareFindings).map((finding) => renderFinding(finding, lang));
}
