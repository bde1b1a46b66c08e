#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Policy Desk contributors
# SPDX-License-Identifier: AGPL-3.0-or-later
#
# Runs the PHPUnit suite once per OCP the mocks can be built from:
# - with NEXTCLOUD_OCP_DIR set, against that tree only;
# - otherwise against OCP 18 (christophwurst/nextcloud, a dev dependency)
#   and then against every real tree in PHPUNIT_OCP_DIRS
#   (default /opt/ocp/stable32 /opt/ocp/stable34) that exists.
# Extra arguments go to PHPUnit. Fails if any run fails.
set -euo pipefail
cd "$(dirname "$0")/.."

run() {
	echo "== PHPUnit with OCP from ${1:-christophwurst/nextcloud (OCP 18)}"
	NEXTCLOUD_OCP_DIR=$1 php vendor/bin/phpunit -c tests/phpunit.xml --colors=never "${@:2}"
}

if [[ -n ${NEXTCLOUD_OCP_DIR:-} ]]; then
	run "$NEXTCLOUD_OCP_DIR" "$@"
	exit
fi

status=0
run '' "$@" || status=1
for dir in ${PHPUNIT_OCP_DIRS:-/opt/ocp/stable32 /opt/ocp/stable34}; do
	if [[ -d $dir/OCP ]]; then
		run "$dir" "$@" || status=1
	else
		echo "== skipping $dir: no OCP tree there"
	fi
done
exit $status
