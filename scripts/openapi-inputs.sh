#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Policy Desk contributors
# SPDX-License-Identifier: AGPL-3.0-or-later
#
# Staleness guard for openapi.json that CI can run without openapi-extractor:
# records the SHA-256 of everything the extractor reads (info.xml, the
# controllers, ResponseDefinitions) when the spec is generated, and with
# --check fails when those inputs changed since. It also checks that the
# generated TypeScript types still match openapi.json.
set -euo pipefail
cd "$(dirname "$0")/.."

record=openapi.inputs.sha256

inputs_hash() {
	# Sorted file list, then the hash of "hash  path" lines, so adding,
	# removing or renaming a controller changes the result too.
	{ echo appinfo/info.xml; echo lib/ResponseDefinitions.php; ls lib/Controller/*.php; echo openapi.json; } \
		| LC_ALL=C sort | xargs sha256sum | sha256sum | cut -d' ' -f1
}

case "${1:-}" in
--write)
	inputs_hash > "$record"
	echo "openapi inputs recorded in $record"
	;;
--check)
	if [[ ! -f $record ]]; then
		echo "openapi:check: $record is missing; run composer run openapi" >&2
		exit 1
	fi
	if [[ "$(inputs_hash)" != "$(cat "$record")" ]]; then
		echo "openapi:check: openapi.json is stale: appinfo/info.xml, lib/Controller or lib/ResponseDefinitions.php changed since it was generated (or openapi.json was edited by hand). Run composer run openapi and commit the result." >&2
		exit 1
	fi
	types=src/types/openapi/openapi.ts
	tmp=$(mktemp --suffix=.ts)
	trap 'rm -f "$tmp"' EXIT
	if [[ -x node_modules/.bin/openapi-typescript ]]; then
		node_modules/.bin/openapi-typescript openapi.json -o "$tmp" >/dev/null 2>&1
		if ! cmp -s "$tmp" "$types"; then
			echo "openapi:check: $types does not match openapi.json; run npm run openapi:types and commit it." >&2
			exit 1
		fi
		echo "openapi:check: openapi.json and $types are up to date"
	else
		echo "openapi:check: openapi.json is up to date (node_modules missing: $types not compared)"
	fi
	;;
*)
	echo "usage: $0 --write|--check" >&2
	exit 2
	;;
esac
