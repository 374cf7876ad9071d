# shellcheck shell=bash
# Shared helpers of deploy/bagipakai: paths, messages, processes, readiness checks, Maven.
# Sourced by deploy/bagipakai after `set -euo pipefail`; defines functions and BP_* variables only.

# ---------------------------------------------------------------------------------------------
# Paths. Everything the stack writes lives under ONE directory, so `rm -rf` of it is a reset.
# ---------------------------------------------------------------------------------------------
BP_DEPLOY=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BP_REPO=$(cd "$BP_DEPLOY/.." && pwd)
BP_DATA=$(realpath -m "${BAGIPAKAI_DATA:-$BP_REPO/.bagipakai}") # absolute, whatever the cwd
BP_SERVERS=$BP_DATA/servers     # unpacked Keycloak/Apicurio, the Kafka class path file
BP_STATE=$BP_DATA/data          # data of Kafka and of a private PostgreSQL
BP_LOGS=$BP_DATA/logs           # logs/PART.log (+ PART.log.1, the previous run)
BP_RUN=$BP_DATA/run             # run/PART.pid, the lock, the scope of the last `up`
BP_STACK_ENV=$BP_DATA/stack.env # resolved endpoints, KEY=VALUE, for tests
BP_M2_REPO=${BAGIPAKAI_M2_REPO:-$HOME/.m2/repository}
bp_init_dirs() {
  mkdir -p "$BP_SERVERS" "$BP_STATE" "$BP_LOGS" "$BP_RUN"
  bp_init_service_dirs
}

BP_INFRA_PARTS=(postgres kafka keycloak apicurio)
BP_SERVICE_PARTS=(registry-service consent-service sharing-gateway eligibility-service)

# ---------------------------------------------------------------------------------------------
# Messages
# ---------------------------------------------------------------------------------------------
bp_say() { printf 'bagipakai: %s\n' "$*"; }
bp_warn() { printf 'bagipakai: WARNING: %s\n' "$*" >&2; }
bp_die() {
  printf 'bagipakai: ERROR: %s\n' "$*" >&2
  exit 1
}

# Microseconds since the epoch (bash 5 has EPOCHREALTIME; no `date` fork in polling loops).
bp_now_us() { echo "${EPOCHREALTIME/[.,]/}"; }
# Seconds with one decimal between a start (µs) and now.
bp_elapsed() {
  local d=$((($(bp_now_us) - $1) / 100000))
  printf '%d.%d' $((d / 10)) $((d % 10))
}

# A version property of the root pom (the one place that owns versions).
bp_pom_prop() {
  local v
  v=$(sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$BP_REPO/pom.xml" | head -n1)
  [ -n "$v" ] || bp_die "property <$1> not found in $BP_REPO/pom.xml"
  echo "$v"
}

# ---------------------------------------------------------------------------------------------
# Processes. A pid file holds "PID STARTTIME": the start time (from /proc) guards against a
# recycled pid, so `down` never signals a process we did not start.
# ---------------------------------------------------------------------------------------------
# A service's files are its namespace's (lib/services.sh); the infrastructure's are the data dir's.
bp_pidfile() { if bp_is_service "$1"; then echo "$BP_SVC_RUN/$1.pid"; else echo "$BP_RUN/$1.pid"; fi; }

bp_proc_starttime() { # field 22 of /proc/PID/stat; the command name may hold spaces, cut after ')'
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  stat=${stat##*) }
  # A killed process stays a zombie until reaped (slowly, under some PID 1s): it is gone already.
  case ${stat:0:1} in Z | X) return 1 ;; esac
  # after ')' the fields start at 3 (state), so field 22 is the 20th here
  awk '{print $20}' <<<"$stat"
}

bp_write_pid() { # part pid
  local st
  st=$(bp_proc_starttime "$2") || bp_die "$1: process $2 vanished right after start (see $(bp_logfile "$1"))"
  echo "$2 $st" >"$(bp_pidfile "$1")"
}

# Prints the pid of PART if its pid file is ours and that very process is alive.
bp_live_pid() {
  local f pid st now
  f=$(bp_pidfile "$1")
  [ -f "$f" ] || return 1
  read -r pid st <"$f" || return 1
  [ -n "$pid" ] && [ -n "$st" ] || return 1
  now=$(bp_proc_starttime "$pid") || return 1
  [ "$now" = "$st" ] || return 1
  echo "$pid"
}

bp_logfile() { if bp_is_service "$1"; then echo "$BP_SVC_LOGS/$1.log"; else echo "$BP_LOGS/$1.log"; fi; }

# Keep the previous run's log as PART.log.1, so readiness greps see only this run.
bp_rotate_log() {
  local f
  f=$(bp_logfile "$1")
  if [ -s "$f" ]; then mv -f "$f" "$f.1"; fi
  : >"$f"
}

# bp_spawn PART CMD...: start CMD detached in its own session/process group (so `down` can
# signal the whole group: kc.sh and the java it runs), stdin from /dev/null (CI has none),
# output to the part's log. The lock fd of `up` is closed in the child, or the server would
# hold the lock for its whole life.
bp_spawn() {
  local part=$1
  shift
  local log
  log=$(bp_logfile "$part")
  bp_rotate_log "$part"
  echo "### $(date -Is) bagipakai starts: $*" >>"$log"
  setsid "$@" </dev/null >>"$log" 2>&1 {BP_LOCK_FD}>&- &
  bp_write_pid "$part" "$!"
}

# Is any process of the group PGID alive?
bp_group_alive() { kill -0 -- "-$1" 2>/dev/null; }

# Stopping: SIGTERM to the whole process group (kc.sh and its java), then wait up to 20 s, then
# SIGKILL. Split in two so that several parts can be signalled at once and awaited together.
bp_term_group() { kill -TERM -- "-$1" 2>/dev/null || kill -TERM "$1" 2>/dev/null || true; }

# Returns 1 if it had to SIGKILL.
bp_await_group() { # part pid t0(µs, when SIGTERM was sent) [timeout s, default 20]
  local part=$1 pid=$2 t0=$3 limit=${4:-20}
  while bp_group_alive "$pid" || kill -0 "$pid" 2>/dev/null; do
    if [ $((($(bp_now_us) - t0) / 1000000)) -ge "$limit" ]; then
      bp_warn "$part (pid $pid) did not stop within $limit s: SIGKILL"
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
      return 1
    fi
    sleep 0.1
  done
  bp_say "$part stopped (pid $pid, $(bp_elapsed "$t0") s)"
}

bp_stop_group() { # part pid [timeout s]
  local t0
  t0=$(bp_now_us)
  bp_term_group "$2"
  bp_await_group "$1" "$2" "$t0" "${3:-20}"
}

# Startup over peak speed for Keycloak and Apicurio: with the C1 compiler only, the JIT burns far
# less CPU while booting, which matters on 2 cores (alone, warm: Keycloak 13.3 -> 8.9 s, Apicurio
# 5.8 -> 4.0 s). Their throughput is irrelevant for local work. Kafka keeps the full JIT (tests
# measure it), the services too (they are the code under test). BAGIPAKAI_FAST_JIT=0 turns it off.
bp_fast_jit_opts() {
  if [ "${BAGIPAKAI_FAST_JIT:-1}" = 1 ]; then echo "-XX:TieredStopAtLevel=1"; fi
}

# Resident memory of a part's process group in MiB (kc.sh may keep a shell above the java).
bp_group_rss_mb() {
  ps -o rss= -g "$1" 2>/dev/null | awk '{s += $1} END {printf "%d", s / 1024}'
}

# ---------------------------------------------------------------------------------------------
# Readiness probes
# ---------------------------------------------------------------------------------------------
bp_port_open() { # port: something accepts TCP connections on 127.0.0.1:PORT
  timeout 1 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

bp_http_ok() { # url: answers 200 (2xx) within 3 s
  curl -fsS -o /dev/null --max-time 3 "$1" 2>/dev/null
}

bp_http_code() { # url: prints the HTTP status (000 if nothing answers)
  curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$1" 2>/dev/null || true
}

# ---------------------------------------------------------------------------------------------
# Maven: deploy/stack/pom.xml fetches the servers into ~/.m2 and unpacks them into the data dir.
# ---------------------------------------------------------------------------------------------
# bp_in_m2 GROUP_PATH ARTIFACT VERSION FILE: is that file in the local repository?
bp_in_m2() { [ -s "$BP_M2_REPO/$1/$2/$3/$4" ]; }

# bp_stack_maven OFFLINE(0|1) PROFILES: run the stack pom once for the given profiles.
bp_stack_maven() {
  local offline=$1 profiles=$2 log args
  log=$(bp_logfile maven)
  args=(-B -ntp -f "$BP_DEPLOY/stack/pom.xml" -P "$profiles" generate-resources
    "-Dbagipakai.stack.servers=$BP_SERVERS")
  if [ "$offline" = 1 ]; then args=(-o "${args[@]}"); fi
  echo "### $(date -Is) ./mvnw ${args[*]}" >>"$log"
  (cd "$BP_REPO" && ./mvnw "${args[@]}") </dev/null >>"$log" 2>&1
}

# Fetch what is missing: PROFILE:PRIMARY_ARTIFACT_PATH pairs. Offline when the primary artifacts
# are already in ~/.m2 (a warm machine needs no network); online otherwise, or when an offline
# run fails (e.g. a transitive jar was purged from ~/.m2).
bp_fetch() {
  local profiles="" all_local=1 item t0 mode
  for item in "$@"; do
    profiles+="${profiles:+,}${item%%:*}"
    [ -s "$BP_M2_REPO/${item#*:}" ] || all_local=0
  done
  [ -n "$profiles" ] || return 0
  t0=$(bp_now_us)
  if [ "$all_local" = 1 ]; then
    mode="offline (-o, from $BP_M2_REPO)"
    bp_say "preparing $profiles with Maven $mode"
    if ! bp_stack_maven 1 "$profiles"; then
      bp_warn "offline Maven run failed; retrying with network (log: $(bp_logfile maven))"
      mode="online"
      bp_stack_maven 0 "$profiles" || bp_die "Maven could not fetch $profiles; see $(bp_logfile maven)"
    fi
  else
    mode="online (downloads into $BP_M2_REPO)"
    bp_say "fetching $profiles with Maven, $mode; this may take a minute"
    bp_stack_maven 0 "$profiles" || bp_die "Maven could not fetch $profiles; see $(bp_logfile maven)"
  fi
  bp_say "Maven $mode done in $(bp_elapsed "$t0") s"
  echo "$(date -Is) $mode $profiles $(bp_elapsed "$t0")s" >>"$BP_RUN/maven-runs.txt"
}
