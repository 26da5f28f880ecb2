// Test-only extension: in the extension host, after startup, it loads the @vscode/test-electron
// style entry named by E2E_TESTS, awaits its run(), and writes a JSON result to E2E_RESULT
// (atomically: the runner waits for the file). Does nothing when the variables are unset.
'use strict';
const fs = require('fs');

function write(file, result) {
  fs.writeFileSync(file + '.tmp', JSON.stringify(result, null, 2));
  fs.renameSync(file + '.tmp', file);
}

exports.activate = async function activate() {
  const tests = process.env.E2E_TESTS;
  const out = process.env.E2E_RESULT;
  if (!tests || !out) return;
  const started = Date.now();
  try {
    const report = await require(tests).run();
    write(out, { ok: true, ms: Date.now() - started, ...(report || {}) });
  } catch (e) {
    const err = e || {};
    write(out, { ok: false, ms: Date.now() - started, error: String(err.stack || err), ...(err.report || {}) });
  }
};

exports.deactivate = function deactivate() {};
