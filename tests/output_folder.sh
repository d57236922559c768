#!/usr/bin/env bash
# End-to-end tests of `chiso rank --out` (issue 11 §1): a run killed at each step of its commit,
# SIGTERM while writing, two runs at once, permissions, and the paths that once crashed.
# tests/output_folder.sh CHISO, run from the repository root; prints what failed, exits 1 if any.
set -u
chiso=$(realpath "$1")
scratch=$(mktemp -d /tmp/chiso-output-folder-XXXXXX)
trap 'rm -rf "$scratch"' EXIT
chmod 755 "$scratch"  # the tests as 'nobody' need to reach into it
failures=0
fail() { echo "FAILED: $*"; failures=$((failures + 1)); }

inputs=(--framework data-samples/framework.csv --scores data-samples/scores-2021.csv
        --scores 2022=data-samples/scores-2022.csv --units data-samples/units.csv --bands data-samples/bands.csv)
old_run=(rank "${inputs[@]}" --decimals 3 --self 2022=data-samples/self-2022.csv)
new_run=(rank "${inputs[@]}")
"$chiso" "${old_run[@]}" --out "$scratch/old" || fail "the old set cannot be made"
"$chiso" "${new_run[@]}" --out "$scratch/new" || fail "the new set cannot be made"
[ -f "$scratch/old/self-assessment.csv" ] && ! [ -e "$scratch/new/self-assessment.csv" ] || fail "the sets differ in files"

# The folder as a previous run and a clerk left it: the old set, a note of the clerk's and a subfolder.
make_folder() {
  rm -rf "$1" && cp -a "$scratch/old" "$1" && echo "mine" >"$1/notes.txt" && mkdir "$1/2021" && echo a >"$1/2021/a.txt"
}
# Which set $1 holds: "old", "new" or "mixed"; the clerk's files must be there in every case.
which_set() {
  [ "$(cat "$1/notes.txt" "$1/2021/a.txt" 2>/dev/null)" = "$(printf 'mine\na')" ] || { echo "clerk's files lost"; return; }
  local set
  for set in old new; do
    if diff -r -x notes.txt -x 2021 "$scratch/$set" "$1" >/dev/null; then echo $set; return; fi
  done
  echo mixed
}
# The names beside the folder other than it and its lock: what a run left behind.
leftovers() { (cd "$(dirname "$1")" && ls -A | grep -v -x -e "$(basename "$1")" -e ".$(basename "$1").chiso-lock"); }

# 1. Killed (SIGKILL) just before each step of the commit in turn.
out=$scratch/killed/out
mkdir -p "$scratch/killed"
make_folder "$out"
steps=$(CHISO_TEST_OUTPUT_STEP=list "$chiso" "${new_run[@]}" --out "$out" 2>&1 | grep -c '^chiso: test: step')
[ "$steps" -ge 6 ] || fail "only $steps steps listed"
seen=""
for ((step = 1; step <= steps; step++)); do
  make_folder "$out"
  { CHISO_TEST_OUTPUT_STEP=$step:kill "$chiso" "${new_run[@]}" --out "$out"; } 2>/dev/null  # bash's "Killed" too
  status=$?
  [ $status = 137 ] || fail "step $step: status $status, not killed"
  set=$(which_set "$out")
  seen="$seen $set"
  [ "$set" = old ] || [ "$set" = new ] || fail "killed before step $step: the folder holds $set"
  "$chiso" "${new_run[@]}" --out "$out" || fail "step $step: the next run failed"
  [ "$(which_set "$out")" = new ] || fail "step $step: after the next run the folder holds $(which_set "$out")"
  [ -z "$(leftovers "$out")" ] || fail "step $step: the next run left $(leftovers "$out")"
done
case "$seen" in *old*new*) ;; *) fail "kills never left both sets:$seen" ;; esac

# 2. Each step failing (I/O error): exit 1, the old set, nothing left beside, up to the swap.
for ((step = 1; step <= steps; step++)); do
  make_folder "$out"
  message=$(CHISO_TEST_OUTPUT_STEP=$step:eio "$chiso" "${new_run[@]}" --out "$out" 2>&1)
  status=$?
  set=$(which_set "$out")
  if [ $status = 1 ] && [ "$set" = old ] && [ -z "$(leftovers "$out")" ]; then continue; fi
  # After the swap a failure to flush the parent is reported; removing the old folder is not.
  if [ "$set" = new ] && { [ $status = 1 ] || [ $status = 0 ]; }; then continue; fi
  fail "step $step failing: status $status, folder $set, left $(leftovers "$out"): $message"
done

# 3. SIGTERM while the files are flushed: the old set, nothing left beside.
make_folder "$out"
CHISO_TEST_OUTPUT_STEP=1:stop "$chiso" "${new_run[@]}" --out "$out" &
pid=$!
for _ in $(seq 100); do [ "$(cut -d ' ' -f 3 /proc/$pid/stat)" = T ] && break; sleep 0.05; done
kill -TERM $pid && kill -CONT $pid
wait $pid
status=$?
[ $status = 143 ] || fail "SIGTERM: status $status"
[ "$(which_set "$out")" = old ] || fail "SIGTERM: the folder holds $(which_set "$out")"
[ -z "$(leftovers "$out")" ] || fail "SIGTERM: left $(leftovers "$out")"

# 4. Two different runs at once, many times: each exits 0, the folder is wholly one run's set.
out=$scratch/concurrent/out
mkdir -p "$scratch/concurrent"
waits=0
for i in $(seq 50); do
  make_folder "$out"
  "$chiso" "${old_run[@]}" --out "$out" 2>"$scratch/err1" &
  first=$!
  "$chiso" "${new_run[@]}" --out "$out" 2>"$scratch/err2"
  second=$?
  wait $first || fail "run $i: the first run failed: $(cat "$scratch/err1")"
  [ $second = 0 ] || fail "run $i: the second run failed: $(cat "$scratch/err2")"
  set=$(which_set "$out")
  [ "$set" = old ] || [ "$set" = new ] || fail "run $i: the folder holds $set"
  [ -z "$(leftovers "$out")" ] || fail "run $i: left $(leftovers "$out")"
  cat "$scratch/err1" "$scratch/err2" | grep -v -x "chiso: waiting for another chiso run writing '$out' to finish" &&
    fail "run $i: unexpected messages"
  waits=$((waits + $(cat "$scratch/err1" "$scratch/err2" | wc -l)))
done
[ $waits -gt 0 ] || fail "the runs never overlapped"  # else this test proved nothing

# 5. A run that finds the folder locked says so once, waits, then writes.
make_folder "$out"
flock "$scratch/concurrent/.out.chiso-lock" sleep 1 &
sleep 0.3
message=$("$chiso" "${new_run[@]}" --out "$out" 2>&1)
[ $? = 0 ] || fail "waiting: status not 0"
[ "$message" = "chiso: waiting for another chiso run writing '$out' to finish" ] || fail "waiting: '$message'"
[ "$(which_set "$out")" = new ] || fail "waiting: the folder holds $(which_set "$out")"
wait

# 6. Permissions: a 0600 ranking.csv stays 0600, a new file follows the umask.
make_folder "$out"
chmod 600 "$out/ranking.csv"
rm "$out/report.md"
(umask 027 && "$chiso" "${new_run[@]}" --out "$out") || fail "permissions: the run failed"
[ "$(stat -c %a "$out/ranking.csv")" = 600 ] || fail "permissions: ranking.csv is $(stat -c %a "$out/ranking.csv")"
[ "$(stat -c %a "$out/report.md")" = 640 ] || fail "permissions: report.md is $(stat -c %a "$out/report.md")"
[ "$(stat -c %a "$out/fields.csv")" = 644 ] || fail "permissions: fields.csv is $(stat -c %a "$out/fields.csv")"

# 7. --only replaces the files named and keeps the other chiso files as they were.
make_folder "$out"
"$chiso" "${new_run[@]}" --only ranking.csv --out "$out" || fail "--only: the run failed"
cmp -s "$out/ranking.csv" "$scratch/new/ranking.csv" || fail "--only: ranking.csv not replaced"
for file in fields.csv lost-points.csv self-assessment.csv report.md notes.txt; do
  [ -f "$scratch/old/$file" ] && ! cmp -s "$out/$file" "$scratch/old/$file" && fail "--only: $file changed"
done
[ "$(cat "$out/notes.txt")" = mine ] || fail "--only: notes.txt lost"

# 8. The paths that crashed (exit 134), and --out "": the message, the status, nothing written.
expect() {  # expect STATUS MESSAGE COMMAND...
  local status=$1 message=$2
  shift 2
  actual=$("$@" 2>&1)
  local actual_status=$?
  [ "$actual_status" = "$status" ] && [ "$actual" = "$message" ] || fail "$* gave $actual_status '$actual'"
}
# Permissions bind only a user who is not root: as root, these run as 'nobody'.
nobody=()
[ "$(id -u)" = 0 ] && nobody=(setpriv --reuid=65534 --regid=65534 --clear-groups)
mkdir -p "$scratch/paths" && ln -s loop "$scratch/paths/loop"
expect 1 "chiso: error: cannot write into '$scratch/paths/loop/out': Too many levels of symbolic links" \
  "$chiso" "${new_run[@]}" --out "$scratch/paths/loop/out"
long=$(printf 'a%.0s' $(seq 300))
expect 1 "chiso: error: cannot write into '$scratch/paths/$long': File name too long" \
  "$chiso" "${new_run[@]}" --out "$scratch/paths/$long"
mkdir -m 700 "$scratch/paths/closed" && mkdir -m 777 "$scratch/paths/closed/out"
expect 1 "chiso: error: cannot write into '$scratch/paths/closed/out': Permission denied" \
  "${nobody[@]}" "$chiso" "${new_run[@]}" --out "$scratch/paths/closed/out"
mkdir -m 711 "$scratch/paths/unlisted"
expect 1 "chiso: error: cannot write into '$scratch/paths/unlisted/out': cannot read its parent folder '$scratch/paths/unlisted': Permission denied" \
  "${nobody[@]}" "$chiso" "${new_run[@]}" --out "$scratch/paths/unlisted/out"
mkdir -m 700 "$scratch/paths/methods" && cp -r methods/papi "$scratch/paths/methods/papi"
expect 1 "chiso: error: cannot read '$scratch/paths/methods/papi/method.csv': Permission denied" \
  "${nobody[@]}" "$chiso" rank --method "$scratch/paths/methods/papi" --scores data-samples/methods/papi-scores.csv
# A subfolder that cannot be read cannot be carried over: refused, the folder as it was.
mkdir -p "$scratch/paths/own" && { [ ${#nobody[@]} = 0 ] || chown 65534:65534 "$scratch/paths/own"; }
"${nobody[@]}" "$chiso" "${old_run[@]}" --out "$scratch/paths/own/out" || fail "nobody's folder cannot be made"
"${nobody[@]}" mkdir -m 000 "$scratch/paths/own/out/sub"
expect 1 "chiso: error: cannot keep '$scratch/paths/own/out/sub': Permission denied" \
  "${nobody[@]}" "$chiso" "${new_run[@]}" --out "$scratch/paths/own/out"
diff -r -x sub "$scratch/old" "$scratch/paths/own/out" >/dev/null || fail "an unreadable subfolder: the folder changed"
[ "$(ls -A "$scratch/paths/own")" = "$(printf '.out.chiso-lock\nout')" ] || fail "unreadable subfolder: $(ls -A "$scratch/paths/own")"
expect 2 "chiso: error: --out: the folder name is empty; give a folder, e.g. --out reports/2022 or --out .
Run 'chiso rank --help' for usage." "$chiso" "${new_run[@]}" --out ""
[ "$(ls -A "$scratch/paths")" = "$(printf 'closed\nloop\nmethods\nown\nunlisted')" ] || fail "paths: $(ls -A "$scratch/paths")"

[ $failures = 0 ] && echo "all passed"
exit $((failures > 0))
