#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Policy Desk contributors
# SPDX-License-Identifier: AGPL-3.0-or-later
#
# Regenerates openapi.json with nextcloud/openapi-extractor, then the
# TypeScript types, then records the inputs for `composer run openapi:check`.
# The extractor is not a project dependency (it is not on the package
# registry the project installs from): point OPENAPI_EXTRACTOR at its
# bin/generate-spec, default /opt/openapi-extractor/bin/generate-spec.
set -euo pipefail
cd "$(dirname "$0")/.."

extractor=${OPENAPI_EXTRACTOR:-/opt/openapi-extractor/bin/generate-spec}
if [[ ! -x $extractor ]]; then
	echo "openapi: $extractor not found; install nextcloud/openapi-extractor and set OPENAPI_EXTRACTOR" >&2
	exit 1
fi

"$extractor" . openapi.json
npm run --silent openapi:types
bash scripts/openapi-inputs.sh --write
