/**
 * `npm run dataset:check [-- FILE] [--json]`: validates a pack and prints its
 * counts and coverage; exits 1 with every issue when the pack is invalid or
 * falls short of the coverage rules (`COVERAGE_RULES`: outlets per claim and
 * per event; a claim may have fewer only with a written reason).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { PACK_SOURCE_FILE } from '../build/pack-file';
import { COVERAGE_RULES, coverageIssues, packStats, type PackStats } from '../dataset/stats';
import { formatIssue, validatePack } from '../dataset/validate';

/** The two events the product brief leads with; each must be reported by several outlets. */
export const HEADLINE_EVENTS = { lprRefusal: 'lpr-unit-refusal-video', duginaKilling: 'darya-dugina-killing' } as const;

/** What the command prints, as text or JSON. */
export interface CheckReport {
  file: string;
  ok: boolean;
  issues: string[];
  /** Claims and events below the coverage rules (a valid pack with any is not ok). */
  coverage?: string[];
  /** Claims kept with fewer outlets than the rule, and the reason each gives. */
  reasons?: { claimId: string; outlets: number; reason: string }[];
  stats?: PackStats & { headlineOutlets: Record<keyof typeof HEADLINE_EVENTS, number> };
}

/** Reads, parses and checks one pack file. */
export function checkPackFile(file: string): CheckReport {
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file, 'utf8'));
  } catch (thrown) {
    return { file, ok: false, issues: [`${file}: ${thrown instanceof Error ? thrown.message : String(thrown)}`] };
  }
  const result = validatePack(input);
  if (!result.ok) return { file, ok: false, issues: result.error.map(formatIssue) };
  const stats = packStats(result.value);
  const headlineOutlets = {
    lprRefusal: stats.outletsPerEvent[HEADLINE_EVENTS.lprRefusal] ?? 0,
    duginaKilling: stats.outletsPerEvent[HEADLINE_EVENTS.duginaKilling] ?? 0,
  };
  const coverage = coverageIssues(result.value, stats);
  const reasons = result.value.claims.flatMap((c) =>
    c.fewerOutletsReason
      ? [{ claimId: c.id, outlets: stats.outletsPerClaim[c.id] ?? 0, reason: c.fewerOutletsReason }]
      : [],
  );
  return { file, ok: coverage.length === 0, issues: [], coverage, reasons, stats: { ...stats, headlineOutlets } };
}

/** Renders a report for people. */
export function formatReport(report: CheckReport): string {
  if (!report.stats)
    return [`${report.file}: INVALID (${report.issues.length} issues)`, ...report.issues.map((i) => `  ${i}`)].join(
      '\n',
    );
  const s = report.stats;
  const coverage = report.coverage ?? [];
  const values = Object.values(s.outletsPerClaim);
  return [
    `${report.file}: valid${coverage.length ? `, but ${coverage.length} coverage problem(s)` : ''}`,
    `  outlets   ${s.outlets}`,
    `  entities  ${s.entities} (${s.aliases} aliases)`,
    `  events    ${s.events}`,
    `  claims    ${s.claims}${s.claimsWithoutReports.length ? ` (${s.claimsWithoutReports.length} without reports: ${s.claimsWithoutReports.join(', ')})` : ''}`,
    `  reports   ${s.reports}`,
    `  reports per event: min ${s.reportsPerEvent.min}, median ${s.reportsPerEvent.median}, max ${s.reportsPerEvent.max}`,
    `  outlets reporting the LPR refusal video: ${s.headlineOutlets.lprRefusal}`,
    `  outlets reporting the Dugina killing: ${s.headlineOutlets.duginaKilling}`,
    `  claims under ${COVERAGE_RULES.claimOutlets} outlets: ${values.filter((n) => n < COVERAGE_RULES.claimOutlets).length}, ${report.reasons?.length ?? 0} of them with a written reason`,
    ...(report.reasons ?? []).map((r) => `    ${r.claimId} (${r.outlets}): ${r.reason}`),
    `  events under ${COVERAGE_RULES.eventOutlets} outlets: ${Object.values(s.outletsPerEvent).filter((n) => n < COVERAGE_RULES.eventOutlets).length}`,
    ...coverage.map((c) => `  COVERAGE ${c}`),
  ].join('\n');
}

function main(argv: readonly string[]): number {
  const json = argv.includes('--json');
  const file = resolve(argv.find((a) => !a.startsWith('--')) ?? PACK_SOURCE_FILE);
  const report = checkPackFile(file);
  process.stdout.write((json ? JSON.stringify(report, null, 2) : formatReport(report)) + '\n');
  return report.ok ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
