#!/usr/bin/env bash
# `npm test`: build both extensions, type-check, validate the data, run the
# unit tests (Node) and the end-to-end tests of the built extension in
# headless Chromium and Firefox ESR, lint the Firefox build, and measure
# detection on ../shared/corpus/dev when it is there. Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p artifacts
bash tests/ensure-browsers.sh chromium firefox
echo "== build";        npm run -s build
echo "== typecheck";    npm run -s typecheck
echo "== data";         npm run -s data:check
echo "== tests (unit + e2e)"
status=0
npx vitest run --config tests/vitest.config.ts --reporter=default --reporter=json --outputFile=artifacts/vitest.json || status=$?
echo "== web-ext lint"; npm run -s lint:firefox
echo "== detection quality"
if [ -f ../shared/corpus/dev/labels.json ]; then npm run -s eval -- ../shared/corpus/dev; else echo "skipped: ../shared/corpus/dev is absent"; fi
node -e '
const r = JSON.parse(require("fs").readFileSync("artifacts/vitest.json", "utf8"));
console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
'
exit $status
