#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Policy Desk contributors
# SPDX-License-Identifier: AGPL-3.0-or-later
#
# Every check of Policy Desk, in one command (`npm test`; CI runs it through .ci/run).
# Each step runs even when an earlier one failed, so one run shows everything that is wrong;
# the script exits non-zero if any step failed.
set -u
cd "$(dirname "$0")/.." || exit 2
shared=${POLICYDESK_SHARED:-../shared}

passed=0; failed=0; skipped=0; failures=()
step() {
	local name=$1; shift
	echo
	echo "=== $name"
	local start=$SECONDS
	if "$@"; then
		passed=$((passed + 1)); echo "--- $name: ok ($((SECONDS - start)) s)"
	else
		failed=$((failed + 1)); failures+=("$name"); echo "--- $name: FAILED ($((SECONDS - start)) s)"
	fi
}
skip() {
	skipped=$((skipped + 1)); echo; echo "=== $1"; echo "--- $1: SKIPPED: $2"
}

# Nextcloud loads appinfo/info.xml before anything else; a schema error hides the app.
step "info.xml against app-info.xsd" xmllint --noout --schema "$shared/nextcloud/app-info.xsd" appinfo/info.xml

step "php lint" composer run --no-interaction lint
step "php coding standard" composer run --no-interaction cs:check
step "phpunit" composer run --no-interaction test:unit

# Psalm needs the real OCP interfaces of Nextcloud 32 and 34. nextcloud/ocp is not published with
# tagged versions, so a registry mirror of tagged releases cannot provide it: point
# PSALM_OCP_DIRS at checkouts of nextcloud-deps/ocp (branches stable32 and stable34).
ocp_dirs=${PSALM_OCP_DIRS:-/opt/ocp/stable32 /opt/ocp/stable34}
have_ocp=1; for d in $ocp_dirs; do [ -d "$d/OCP" ] || have_ocp=0; done
if [ "$have_ocp" = 1 ]; then
	step "psalm against OCP ($ocp_dirs)" env PSALM_OCP_DIRS="$ocp_dirs" composer run --no-interaction psalm
else
	skip "psalm" "no nextcloud/ocp tree at: $ocp_dirs (set PSALM_OCP_DIRS)"
fi

step "openapi.json matches the controllers" composer run --no-interaction openapi:check
step "TypeScript API types match openapi.json" bash -c '
	tmp=$(mktemp -d) && trap "rm -rf $tmp" EXIT &&
	npx openapi-typescript openapi.json -o "$tmp/openapi.ts" >/dev/null &&
	diff -u src/types/openapi/openapi.ts "$tmp/openapi.ts"'

step "eslint" npm run --silent lint
step "typecheck (vue-tsc, strict)" npm run --silent typecheck
step "build (app bundle and CLI)" npm run --silent build
step "vitest (model, ODT writer and corpus check-odt, CLI, stores, components)" npx vitest run
step "playwright in Chromium (against an in-test API double checked against openapi.json)" npm run --silent test:e2e

echo
if [ "$failed" -gt 0 ]; then echo "failed steps: ${failures[*]}"; fi
echo "checks: $passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
