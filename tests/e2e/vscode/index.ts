// The standard @vscode/test-electron entry: `extensionTestsPath` points at the bundle of this file
// (dist/test/vscode/index.js). VS Code's extension host calls run(); the suite passes when it resolves.
// The same entry is called by tests/e2e/runner-extension under code-server (scripts/run-vscode-tests.mjs),
// which writes the returned report (mocha stats, every test, failures) to a JSON file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export interface TestRecord {
  suite: string;
  title: string;
  fullTitle: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: { message: string; stack?: string; expected?: string; actual?: string };
}

export interface Report {
  stats: Mocha.Stats;
  tests: TestRecord[];
  failures: TestRecord[];
}

function record(t: Mocha.Runnable, state: TestRecord['state'], err?: unknown): TestRecord {
  const rec: TestRecord = { suite: t.parent?.fullTitle() ?? '', title: t.title, fullTitle: t.fullTitle(), state };
  if (typeof t.duration === 'number') rec.durationMs = t.duration;
  if (err !== undefined) {
    const e = err as { message?: unknown; stack?: unknown; expected?: unknown; actual?: unknown; showDiff?: boolean; operator?: unknown };
    rec.error = { message: String(e?.message ?? err) };
    if (typeof e?.stack === 'string') rec.error.stack = e.stack;
    // node:assert sets operator ('strictEqual', 'deepStrictEqual', ...); an assert.ok has nothing to diff.
    const diffable = typeof e?.operator === 'string' ? /equal/i.test(e.operator) : e?.showDiff === true;
    if (diffable && e?.expected !== undefined) {
      rec.error.expected = JSON.stringify(e.expected);
      rec.error.actual = JSON.stringify(e.actual);
    }
  }
  return rec;
}

export function run(): Promise<Report> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000, reporter: 'spec' });
  if (process.env.E2E_GREP) mocha.grep(process.env.E2E_GREP);
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  if (files.length === 0) return Promise.reject(new Error(`no *.test.js next to ${__filename}`));
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  return new Promise<Report>((resolve, reject) => {
    const tests: TestRecord[] = [];
    let runner: Mocha.Runner;
    try {
      runner = mocha.run((failures) => {
        const report: Report = { stats: { ...runner.stats! }, tests, failures: tests.filter((t) => t.state === 'failed') };
        if (failures > 0 || report.stats.tests === 0) {
          const err = new Error(failures > 0 ? `${failures} tests failed.` : 'no test ran') as Error & { report: Report };
          err.report = report;
          reject(err);
        } else resolve(report);
      });
    } catch (e) {
      reject(e);
      return;
    }
    runner.on('pass', (t) => tests.push(record(t, 'passed')));
    runner.on('fail', (t, err) => tests.push(record(t, 'failed', err))); // also hooks ("before all" hook ...)
    runner.on('pending', (t) => tests.push(record(t, 'pending')));
  });
}
