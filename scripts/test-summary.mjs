// Adds up the static checks and the vitest and Playwright JSON reports into one "N passed, N failed" line.
// A suite whose report is missing (it crashed before reporting) counts as one failure.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

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

// Names of the failed tests, so the closing lines of a CI log say which ones failed.
function failedVitestNames(report) {
  return (report.testResults ?? []).flatMap((file) => {
    const failed = (file.assertionResults ?? []).filter((t) => t.status === "failed");
    const name = path.relative(process.cwd(), file.name);
    if (file.status === "failed" && failed.length === 0) return [`${name} (did not load)`];
    return failed.map((t) => `${name} › ${t.fullName}`);
  });
}

function failedPlaywrightNames(report) {
  const names = [];
  const visit = (suite, trail) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === "unexpected") names.push([...trail, spec.title].join(" › "));
      }
    }
    for (const child of suite.suites ?? []) visit(child, [...trail, child.title]);
  };
  for (const suite of report.suites ?? []) visit(suite, [suite.title]);
  return names;
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
const failedNames = [];
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
  if ("numTotalTests" in report) failedNames.push(...failedVitestNames(report).map((name) => `${file}: ${name}`));
  else if (!("checks" in report)) failedNames.push(...failedPlaywrightNames(report).map((name) => `${file}: ${name}`));
  passed += counts.passed;
  // A test that silently stops running hides a regression: a skipped test counts as a failure.
  failed += counts.failed + counts.skipped;
}
for (const name of failedNames) console.log(`failed: ${name}`);
console.log(`${passed} passed, ${failed} failed`);
