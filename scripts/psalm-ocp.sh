#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Policy Desk contributors
# SPDX-License-Identifier: AGPL-3.0-or-later
#
# Runs Psalm (psalm.xml, level 1) once per Nextcloud release the app
# supports, each time against that release's real OCP tree (a directory
# holding OCP/ and optionally NCU/, e.g. an unpacked nextcloud/ocp).
#
#   PSALM_OCP_DIRS="/path/to/ocp32 /path/to/ocp34" composer run psalm
#
# Default: /opt/ocp/stable32 /opt/ocp/stable34. A missing tree is an
# error, never a silent pass. Psalm itself lives in scripts/psalm (its
# dependencies conflict with PHPUnit's) and is installed on first use.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

dirs=${PSALM_OCP_DIRS:-/opt/ocp/stable32 /opt/ocp/stable34}
missing=0
for dir in $dirs; do
	if [[ ! -d $dir/OCP ]]; then
		echo "psalm: no OCP tree at $dir (expected $dir/OCP). Set PSALM_OCP_DIRS to the OCP trees of Nextcloud 32 and 34." >&2
		missing=1
	fi
done
if [[ $missing -ne 0 ]]; then
	echo "psalm: FAILED: cannot analyse without the real OCP interfaces" >&2
	exit 1
fi

psalm=vendor/psalm-tool/bin/psalm
if [[ ! -x $psalm ]]; then
	composer install --working-dir=scripts/psalm --no-interaction --no-progress
fi

status=0
for dir in $dirs; do
	name=$(basename "$dir")
	tmp=$(mktemp -d)
	extra="<directory name=\"$dir/OCP\"/>"
	[[ -d $dir/NCU ]] && extra+="<directory name=\"$dir/NCU\"/>"
	# Same settings as psalm.xml, plus this OCP tree. Paths are made absolute
	# because the generated file lives outside the project.
	sed -e "s#<directory name=\"lib\"/>#<directory name=\"$root/lib\"/>#" \
		-e "s#<directory name=\"vendor\"/>#<directory name=\"$root/vendor\"/><directory name=\"$dir\"/>#" \
		-e "s#</projectFiles>#</projectFiles><extraFiles>$extra<directory name=\"$root/vendor/psr\"/></extraFiles>#" \
		-e "s#resolveFromConfigFile=\"true\"#resolveFromConfigFile=\"false\"#" \
		psalm.xml > "$tmp/psalm.xml"
	echo "== psalm against $dir"
	if ! php -d memory_limit=1G "$psalm" --config="$tmp/psalm.xml" --root="$root" --no-cache --threads=1 --no-progress --show-info=false "$@"; then
		echo "psalm: FAILED against $dir" >&2
		status=1
	fi
	rm -rf "$tmp"
done
exit $status
