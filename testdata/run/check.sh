#!/bin/sh
# check.sh verifies the run corpus against python3 (CPython 3.11.7).
#
# Run from the repository root:  sh testdata/run/check.sh [NAME...]
#
# For every program it runs `python3 testdata/run/NAME.py ARGS < STDIN`
# twice from the repository root and once more by absolute path from /tmp,
# with PYTHONHASHSEED=0, and fails when stdout, stderr or the exit status
# differ between the runs. It also checks the corpus rules: 30-150 lines
# (error_* programs may be shorter), imports of sys and math only, under
# 0.5 s of CPU time per run (needs /usr/bin/time). Then it runs each
# program once without PYTHONHASHSEED and reports those whose output
# changes (programs that print str hashes or str set orders).
# With -w it rewrites exit_status.txt.
set -u
cd "$(dirname "$0")/../.." || exit 2
write=0
if [ "${1:-}" = "-w" ]; then write=1; shift; fi
if [ $# -eq 0 ]; then
	set -- $(ls testdata/run/*.py | sed 's|.*/||; s|\.py$||')
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
statuses=""
for name in "$@"; do
	f=testdata/run/$name.py
	args=$(sed -n '1s/^# args: //p' "$f")
	in=/dev/null
	[ -f testdata/run/$name.stdin ] && in=$PWD/testdata/run/$name.stdin
	lines=$(wc -l < "$f")
	min=30
	case $name in error_*) min=5 ;; esac
	if [ "$lines" -lt $min ] || [ "$lines" -gt 150 ]; then
		echo "$name: $lines lines"; fail=1
	fi
	bad=$(grep -E '^\s*(import|from)\s' "$f" | grep -vE '^\s*import (sys|math)\s*$')
	if [ -n "$bad" ]; then echo "$name: import: $bad"; fail=1; fi
	for run in 1 2; do
		# CPU time (user + sys), not wall time: the machines running this are often loaded.
		# shellcheck disable=SC2086
		PYTHONHASHSEED=0 /usr/bin/time -f "%U %S" -o "$tmp/time$run" python3 "$f" $args < "$in" > "$tmp/out$run" 2> "$tmp/err$run"
		echo $? > "$tmp/rc$run"
		ms=$(tail -n 1 "$tmp/time$run" | awk '{printf "%d", ($1 + $2) * 1000}')
		if [ "$ms" -gt 500 ]; then echo "$name: run $run took ${ms} ms of CPU"; fail=1; fi
	done
	(cd /tmp && PYTHONHASHSEED=0 python3 "$OLDPWD/$f" $args < "$in" > "$tmp/out3" 2> "$tmp/err3"; echo $? > "$tmp/rc3")
	for run in 2 3; do
		for k in out err rc; do
			if ! cmp -s "$tmp/${k}1" "$tmp/$k$run"; then
				echo "$name: $k differs in run $run"; fail=1
			fi
		done
	done
	PYTHONHASHSEED= python3 "$f" $args < "$in" > "$tmp/out4" 2> "$tmp/err4"
	if ! cmp -s "$tmp/out1" "$tmp/out4" || ! cmp -s "$tmp/err1" "$tmp/err4"; then
		echo "$name: depends on PYTHONHASHSEED (expected only for hash/str-set programs)"
	fi
	rc=$(cat "$tmp/rc1")
	case $name in
	error_*) ;;
	*) [ "$rc" -ne 0 ] && { echo "$name: exit status $rc"; fail=1; } ;;
	esac
	[ -s "$tmp/out1" ] || [ -s "$tmp/err1" ] || { echo "$name: no output"; fail=1; }
	statuses="$statuses$name $rc
"
done
if [ $write -eq 1 ]; then
	printf '%s' "$statuses" | sort > testdata/run/exit_status.txt
fi
if [ $fail -eq 0 ]; then echo "ok: $# programs"; fi
exit $fail
