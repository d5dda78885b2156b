#!/usr/bin/env bash
# `npm test`: check formatting, lint, unused code, build both extensions,
# type-check, validate the data, run the unit tests (Node; the import-boundary
# test among them) and the end-to-end tests of the built extension in headless
# Chromium and Firefox ESR, lint the Firefox build, and measure detection on
# ../shared/corpus/dev and dev-new when they are there. Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p artifacts
bash tests/ensure-browsers.sh chromium firefox
echo "== format";       npm run -s format:check
echo "== lint";         npm run -s lint
echo "== unused code";  npm run -s unused
echo "== build";        npm run -s build
echo "== typecheck";    npm run -s typecheck
echo "== data";         npm run -s data:check
# Unit tests first, then the browser tests on their own: Node processes started by unit tests would
# otherwise compete with the browsers for a 2-core machine.
status=0
echo "== unit tests"
npx vitest run --config tests/vitest.config.ts --project unit --reporter=default --reporter=json --outputFile=artifacts/vitest-unit.json || status=$?
echo "== end-to-end tests (Chromium, Firefox ESR)"
npx vitest run --config tests/vitest.config.ts --project e2e --reporter=default --reporter=json --outputFile=artifacts/vitest-e2e.json || status=$?
echo "== web-ext lint"; npm run -s lint:firefox
echo "== detection quality"
for corpus in dev dev-new; do
  if [ -f "../shared/corpus/$corpus/labels.json" ]; then npm run -s eval -- "../shared/corpus/$corpus"
  else echo "skipped: ../shared/corpus/$corpus is absent"; fi
done
node -e '
const fs = require("fs");
for (const name of ["unit", "e2e"]) {
  const file = `artifacts/vitest-${name}.json`;
  if (!fs.existsSync(file)) { console.log(`${name}: no report`); continue; }
  const r = JSON.parse(fs.readFileSync(file, "utf8"));
  console.log(`${name}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
}
'
exit $status
