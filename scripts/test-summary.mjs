// Adds up the static checks and the vitest and Playwright JSON reports into one "N passed, N failed" line.
// A suite whose report is missing (it crashed before reporting) counts as one failure.
import { existsSync, readFileSync } from "node:fs";

// A test file that fails to load has no test results of its own: count it as one failure.
function countVitest(report) {
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === "failed" && !(file.assertionResults ?? []).some((t) => t.status === "failed"),
  ).length;
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

function countPlaywright(report) {
  const stats = report.stats ?? {};
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: (stats.unexpected ?? 0) + (report.errors?.length ?? 0),
    skipped: stats.skipped ?? 0,
  };
}

// Static checks (lint, format, types): one pass or one failure each.
function countChecks(report) {
  const results = Object.values(report.checks);
  return { passed: results.filter(Boolean).length, failed: results.filter((ok) => !ok).length, skipped: 0 };
}

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.log(`missing report: ${file}`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, "utf8"));
  const counts =
    "checks" in report
      ? countChecks(report)
      : "numTotalTests" in report
        ? countVitest(report)
        : countPlaywright(report);
  console.log(`${file}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  passed += counts.passed;
  // A test that silently stops running hides a regression: a skipped test counts as a failure.
  failed += counts.failed + counts.skipped;
}
console.log(`${passed} passed, ${failed} failed`);
