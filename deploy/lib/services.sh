# shellcheck shell=bash
# The four bagipakai services: Quarkus fast-jars built by the reactor, run with the selected JDK
# and pointed at the stack through environment variables (the contract with the Java side).

BP_SVC_TIMEOUT=${BAGIPAKAI_TIMEOUT_SERVICE:-120}

svc_port() {
  case $1 in
    registry-service) echo 8081 ;;
    consent-service) echo 8082 ;;
    sharing-gateway) echo 8083 ;;
    eligibility-service) echo 8084 ;;
    *) bp_die "unknown part: $1" ;;
  esac
}

svc_jar() { echo "$BP_REPO/$1/target/quarkus-app/quarkus-run.jar"; }
svc_healthy() { bp_http_ok "http://127.0.0.1:$(svc_port "$1")/q/health/ready"; }
svc_probe_desc() { echo "200 from http://127.0.0.1:$(svc_port "$1")/q/health/ready"; }
svc_url() {
  local base
  base=http://127.0.0.1:$(svc_port "$1")
  echo "$base (health $base/q/health, API $base/q/swagger-ui)"
}
svc_timeout() { echo "$BP_SVC_TIMEOUT"; }

# The endpoints of the stack, KEY=VALUE. The Java side reads exactly these names.
bp_stack_env_lines() {
  echo "KAFKA_BOOTSTRAP_SERVERS=$BP_KAFKA_BOOTSTRAP"
  echo "BAGIPAKAI_POSTGRES_HOST=127.0.0.1"
  echo "BAGIPAKAI_POSTGRES_PORT=$BP_PG_PORT"
  echo "BAGIPAKAI_POSTGRES_USER=postgres"
  echo "BAGIPAKAI_KEYCLOAK_URL=$BP_KC_URL"
  echo "BAGIPAKAI_APICURIO_URL=$BP_APICURIO_API"
}

bp_write_stack_env() {
  {
    echo "# Written by deploy/bagipakai up at $(date -Is); sourceable. Endpoints of the running stack."
    bp_stack_env_lines
    echo "# Informational (not read by the services):"
    echo "BAGIPAKAI_KEYCLOAK_REALM=$BP_KC_REALM"
    echo "BAGIPAKAI_POSTGRES_KIND=$BP_PG_KIND"
    local svc
    for svc in "${BP_SERVICE_PARTS[@]}"; do
      # registry-service -> BAGIPAKAI_REGISTRY_SERVICE_URL
      echo "BAGIPAKAI_$(tr 'a-z-' 'A-Z_' <<<"$svc")_URL=http://127.0.0.1:$(svc_port "$svc")"
    done
  } >"$BP_STACK_ENV.tmp"
  mv "$BP_STACK_ENV.tmp" "$BP_STACK_ENV"
}

# Build all service jars once if any is missing (the reactor builds them together).
svc_build_if_missing() {
  local s missing=() log
  for s in "${BP_SERVICE_PARTS[@]}"; do
    [ -f "$(svc_jar "$s")" ] || missing+=("$s")
  done
  [ ${#missing[@]} -gt 0 ] || return 0
  log=$(bp_logfile build)
  bp_say "service jars missing (${missing[*]}): building once with ./mvnw -q -DskipTests package (log: $log)"
  local t0
  t0=$(bp_now_us)
  (cd "$BP_REPO" && ./mvnw -B -q -DskipTests package) </dev/null >"$log" 2>&1 ||
    bp_die "building the services failed; see $log"
  bp_say "services built in $(bp_elapsed "$t0") s"
  for s in "${missing[@]}"; do
    [ -f "$(svc_jar "$s")" ] || bp_die "build finished but $(svc_jar "$s") is missing; see $log"
  done
}

# A service of ours whose jar was rebuilt after it started is stopped here, so that `up` (and the
# end-to-end test, which calls it after the reactor repackaged the services) never runs old code.
svc_stop_if_rebuilt() {
  local s=$1 pid t0
  pid=$(bp_live_pid "$s") || return 0
  # Any jar of the app: quarkus-run.jar stays as it was when only the code (app/, lib/main/) changed.
  [ -n "$(find "$(dirname "$(svc_jar "$s")")" -name '*.jar' -newer "$(bp_pidfile "$s")" -print -quit 2>/dev/null)" ] \
    || return 0
  bp_say "$s: its jar was rebuilt after it started (pid $pid): restarting it"
  t0=$(bp_now_us)
  bp_term_group "$pid"
  bp_await_group "$s" "$pid" "$t0" || true
  rm -f "$(bp_pidfile "$s")"
}

# What a service keeps on disk lives in the data dir too (e.g. survey-wave uploads until imported).
svc_own_env_lines() {
  case $1 in
    registry-service) echo "REGISTRY_WAVES_SPOOL_DIRECTORY=$BP_STATE/registry/waves" ;;
    # The local realm's dev secret (deploy/keycloak); a real deployment sets its own.
    consent-service) echo "CONSENT_KEYCLOAK_CLIENT_SECRET=${CONSENT_KEYCLOAK_CLIENT_SECRET:-consent-service-dev-secret}" ;;
  esac
}

svc_start() {
  local s=$1 port env_lines=()
  port=$(svc_port "$s")
  mapfile -t env_lines < <(bp_stack_env_lines; svc_own_env_lines "$s")
  bp_spawn "$s" env -C "$BP_REPO/$s" "${env_lines[@]}" \
    QUARKUS_HTTP_PORT="$port" QUARKUS_HTTP_HOST=127.0.0.1 \
    "$JAVA_HOME/bin/java" -Xmx256m -jar "$(svc_jar "$s")"
}
