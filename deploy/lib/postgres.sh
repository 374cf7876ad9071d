# shellcheck shell=bash
# PostgreSQL: use the server on 127.0.0.1:5432 when one answers (the machines of this project run
# one); otherwise run a private instance under the data dir on 55432. `down` only ever stops the
# private instance, never a system server.

BP_PG_SYSTEM_PORT=5432
BP_PG_PRIVATE_PORT=${BAGIPAKAI_PG_PRIVATE_PORT:-55432}
BP_PG_DIR=$BP_STATE/postgres
BP_PG_DATABASES=(registry consent gateway eligibility apicurio)
# auto: the system server when it answers, else a private one; private: always a private one.
BP_PG_MODE=${BAGIPAKAI_POSTGRES:-auto}
BP_PG_PORT=""  # resolved by postgres_resolve
BP_PG_KIND=""  # system | private | none

postgres_ready_on() { pg_isready -q -h 127.0.0.1 -p "$1" -t 2 >/dev/null 2>&1; }

# Decide which server we use. A private instance we started wins (so the endpoints stay stable
# for the services that already use it), then the system server, then a private one answering
# on our port (started by a launcher with another data dir).
postgres_resolve() {
  command -v pg_isready >/dev/null 2>&1 ||
    bp_die "pg_isready not found: install the PostgreSQL client (Debian: apt-get install postgresql-client)"
  if bp_live_pid postgres >/dev/null; then
    BP_PG_KIND=private BP_PG_PORT=$BP_PG_PRIVATE_PORT
  elif [ "$BP_PG_MODE" != private ] && postgres_ready_on "$BP_PG_SYSTEM_PORT"; then
    BP_PG_KIND=system BP_PG_PORT=$BP_PG_SYSTEM_PORT
  elif postgres_ready_on "$BP_PG_PRIVATE_PORT"; then
    BP_PG_KIND=private BP_PG_PORT=$BP_PG_PRIVATE_PORT
  else
    BP_PG_KIND=none BP_PG_PORT=$BP_PG_PRIVATE_PORT
  fi
}

postgres_healthy() {
  [ -n "$BP_PG_KIND" ] || postgres_resolve
  postgres_ready_on "$BP_PG_PORT"
}

postgres_probe_desc() { echo "pg_isready -h 127.0.0.1 -p ${BP_PG_PORT:-?}"; }
postgres_url() { echo "postgresql://postgres@127.0.0.1:${BP_PG_PORT:-?} (${BP_PG_KIND:-?})"; }

# initdb/pg_ctl: on PATH, else Debian's versioned directory (newest first).
postgres_bin() {
  local d
  if command -v "$1" >/dev/null 2>&1; then
    command -v "$1"
    return 0
  fi
  for d in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -rV); do
    if [ -x "$d/$1" ]; then
      echo "$d/$1"
      return 0
    fi
  done
  return 1
}

# PostgreSQL refuses to run as root: as root, run its tools as the `postgres` user.
postgres_as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

postgres_start_private() {
  local initdb pg_ctl log pid
  if ! initdb=$(postgres_bin initdb) || ! pg_ctl=$(postgres_bin pg_ctl); then
    bp_die "no PostgreSQL answers on 127.0.0.1:$BP_PG_SYSTEM_PORT and initdb/pg_ctl are not installed: install PostgreSQL (Debian: apt-get install postgresql) or start your server"
  fi
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    bp_die "running as root, but there is no 'postgres' user to run a private PostgreSQL (it refuses root): create one (useradd -r postgres) or install the Debian package postgresql"
  fi
  log=$(bp_logfile postgres)
  bp_rotate_log postgres
  mkdir -p "$BP_PG_DIR"
  if [ "$(id -u)" = 0 ]; then chown postgres: "$BP_PG_DIR" "$log"; fi
  chmod 700 "$BP_PG_DIR"
  if [ ! -f "$BP_PG_DIR/PG_VERSION" ]; then
    bp_say "postgres: initialising a private instance in $BP_PG_DIR"
    postgres_as_owner "$initdb" -D "$BP_PG_DIR" -U postgres --auth=trust -E UTF8 --no-locale \
      >>"$log" 2>&1 || bp_die "initdb failed; see $log"
  fi
  # TCP on 127.0.0.1 only, no Unix socket (the data dir path may exceed the socket path limit).
  # pg_ctl -l makes the server append to the same log we append pg_ctl's own output to.
  # shellcheck disable=SC2094
  postgres_as_owner "$pg_ctl" -D "$BP_PG_DIR" -l "$log" -w -t 60 \
    -o "-p $BP_PG_PRIVATE_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=''" \
    start </dev/null >>"$log" 2>&1 {BP_LOCK_FD}>&- || bp_die "PostgreSQL did not start; see $log"
  pid=$(head -n1 "$BP_PG_DIR/postmaster.pid")
  bp_write_pid postgres "$pid"
  BP_PG_KIND=private BP_PG_PORT=$BP_PG_PRIVATE_PORT
}

# Synchronous: everything else waits for the database anyway (Apicurio stores on it).
postgres_up() {
  local t0 pid
  t0=$(bp_now_us)
  postgres_resolve
  case $BP_PG_KIND in
    system)
      bp_say "postgres: already running (system server on 127.0.0.1:$BP_PG_PORT, used as is)"
      BP_READY[postgres]="already running"
      ;;
    private)
      if pid=$(bp_live_pid postgres); then
        bp_say "postgres: already running (private instance, pid $pid, port $BP_PG_PORT)"
      else
        bp_say "postgres: already running (private instance on port $BP_PG_PORT, not started by this data dir)"
      fi
      BP_READY[postgres]="already running"
      ;;
    none)
      postgres_start_private
      BP_READY[postgres]=$(bp_elapsed "$t0")
      bp_say "postgres: ready in ${BP_READY[postgres]} s (private instance, port $BP_PG_PORT)"
      ;;
  esac
  postgres_ensure_databases
}

postgres_psql() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$BP_PG_PORT" -U postgres -d postgres "$@"; }

# The given databases, or those of the running system and Apicurio.
postgres_ensure_databases() {
  local db created=() wanted=("$@")
  [ ${#wanted[@]} -gt 0 ] || wanted=("${BP_PG_DATABASES[@]}")
  for db in "${wanted[@]}"; do
    if [ -z "$(postgres_psql -Atc "select 1 from pg_database where datname = '$db'")" ]; then
      # A concurrent creator may win the race: "already exists" is fine.
      postgres_psql -c "create database \"$db\"" >/dev/null 2>&1 ||
        [ -n "$(postgres_psql -Atc "select 1 from pg_database where datname = '$db'")" ] ||
        bp_die "could not create database $db on 127.0.0.1:$BP_PG_PORT"
      created+=("$db")
    fi
  done
  if [ ${#created[@]} -gt 0 ]; then bp_say "postgres: created databases ${created[*]}"; fi
}

postgres_stop() {
  local pid pg_ctl t0
  pid=$(bp_live_pid postgres) || {
    rm -f "$(bp_pidfile postgres)"
    return 0
  }
  t0=$(bp_now_us)
  # Fast shutdown (SIGTERM alone is "smart" and would wait for every client to leave).
  if pg_ctl=$(postgres_bin pg_ctl) &&
    postgres_as_owner "$pg_ctl" -D "$BP_PG_DIR" -m fast -w -t 20 stop >>"$(bp_logfile postgres)" 2>&1; then
    bp_say "postgres stopped (private instance, pid $pid, $(bp_elapsed "$t0") s)"
  else
    bp_stop_group postgres "$pid" || true
  fi
  rm -f "$(bp_pidfile postgres)"
}
