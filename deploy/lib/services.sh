# shellcheck shell=bash
# The four bagipakai services: Quarkus fast-jars built by the reactor, run with the selected JDK
# and pointed at the stack through environment variables (the contract with the Java side).
#
# A set of services belongs to a namespace (BAGIPAKAI_NAMESPACE). The running system has none:
# ports 8081-8084, databases registry/consent/gateway/eligibility, realm bagipakai, files directly
# under the data dir. A namespaced set (the end-to-end tests run one: test-e2e) shares the
# infrastructure but nothing else: its topics and consumer groups are prefixed with the namespace
# (the services' bagipakai.namespace), its databases are <name>_<namespace>, its ports start at
# BAGIPAKAI_SERVICE_PORT_BASE (default 18080), and its pid files, logs, state and app copies live
# under <data>/namespaces/<namespace>/. `up` and `down` of a namespace start and stop its services
# only, never the infrastructure, and never record the scope of the running system's `up`.

BP_SVC_TIMEOUT=${BAGIPAKAI_TIMEOUT_SERVICE:-120}
BP_NS=${BAGIPAKAI_NAMESPACE:-}
if [ -n "$BP_NS" ] && ! [[ $BP_NS =~ ^[a-z0-9][a-z0-9-]{0,39}$ ]]; then
  bp_die "BAGIPAKAI_NAMESPACE must be 1-40 of a-z, 0-9 and '-': '$BP_NS'"
fi
if [ -n "$BP_NS" ]; then
  BP_SVC_HOME=$BP_DATA/namespaces/$BP_NS
  BP_SVC_PORT_BASE=${BAGIPAKAI_SERVICE_PORT_BASE:-18080}
  BP_STACK_ENV=$BP_SVC_HOME/stack.env
else
  BP_SVC_HOME=$BP_DATA
  BP_SVC_PORT_BASE=${BAGIPAKAI_SERVICE_PORT_BASE:-8080}
fi
BP_SVC_RUN=$BP_SVC_HOME/run
BP_SVC_LOGS=$BP_SVC_HOME/logs
BP_SVC_STATE=$BP_SVC_HOME/data
# The services run from a copy of their build output, so that a build (./mvnw verify) that
# rewrites target/quarkus-app never changes the files of a service that is running.
BP_SVC_APPS=$BP_SVC_HOME/apps
BP_SVC_REALM=${BAGIPAKAI_KEYCLOAK_REALM:-bagipakai}
bp_init_service_dirs() { mkdir -p "$BP_SVC_RUN" "$BP_SVC_LOGS" "$BP_SVC_STATE" "$BP_SVC_APPS"; }

bp_is_service() { [[ " ${BP_SERVICE_PARTS[*]} " == *" $1 "* ]]; }

# Short names people type: gateway, registry, consent, eligibility.
bp_canonical_part() {
  case $1 in
    gateway | sharing-gateway) echo sharing-gateway ;;
    registry) echo registry-service ;;
    consent) echo consent-service ;;
    eligibility) echo eligibility-service ;;
    *) echo "$1" ;;
  esac
}

# A service's database in this namespace.
svc_database() {
  local db
  case $1 in
    registry-service) db=registry ;;
    consent-service) db=consent ;;
    sharing-gateway) db=gateway ;;
    eligibility-service) db=eligibility ;;
    *) bp_die "unknown part: $1" ;;
  esac
  if [ -n "$BP_NS" ]; then echo "${db}_${BP_NS//-/_}"; else echo "$db"; fi
}

svc_port() {
  case $1 in
    registry-service) echo $((BP_SVC_PORT_BASE + 1)) ;;
    consent-service) echo $((BP_SVC_PORT_BASE + 2)) ;;
    sharing-gateway) echo $((BP_SVC_PORT_BASE + 3)) ;;
    eligibility-service) echo $((BP_SVC_PORT_BASE + 4)) ;;
    *) bp_die "unknown part: $1" ;;
  esac
}

svc_build_dir() { echo "$BP_REPO/$1/target/quarkus-app"; }
svc_jar() { echo "$(svc_build_dir "$1")/quarkus-run.jar"; }
svc_app_dir() { echo "$BP_SVC_APPS/$1"; }
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

# The services' URLs in this namespace: each service finds the others through them.
bp_service_url_lines() {
  local svc
  for svc in "${BP_SERVICE_PARTS[@]}"; do
    # registry-service -> BAGIPAKAI_REGISTRY_SERVICE_URL
    echo "BAGIPAKAI_$(tr 'a-z-' 'A-Z_' <<<"$svc")_URL=http://127.0.0.1:$(svc_port "$svc")"
  done
}

bp_write_stack_env() {
  mkdir -p "$(dirname "$BP_STACK_ENV")"
  {
    echo "# Written by deploy/bagipakai up at $(date -Is); sourceable. Endpoints of the running stack."
    bp_stack_env_lines
    echo "# Informational (not read by the services):"
    echo "BAGIPAKAI_KEYCLOAK_REALM=$BP_SVC_REALM"
    echo "BAGIPAKAI_POSTGRES_KIND=$BP_PG_KIND"
    echo "BAGIPAKAI_NAMESPACE=$BP_NS"
    bp_service_url_lines
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

# Was the build output rebuilt since the copy a service runs from was made?
svc_rebuilt_since_copy() {
  local stamp
  stamp=$(svc_app_dir "$1")/.copied
  [ -f "$stamp" ] || return 0
  # Any jar of the app: quarkus-run.jar stays as it was when only the code (app/, lib/main/) changed.
  [ -n "$(find "$(svc_build_dir "$1")" -name '*.jar' -newer "$stamp" -print -quit 2>/dev/null)" ]
}

# Copy the build output to where the service runs from (a fresh folder, then renamed into place).
svc_copy_app() {
  local s=$1 dest tmp
  dest=$(svc_app_dir "$s")
  tmp=$dest.tmp.$$
  rm -rf "$tmp"
  mkdir -p "$tmp"
  touch "$tmp/.copied" # before the copy: a jar rebuilt while copying counts as newer
  cp -R "$(svc_build_dir "$s")/." "$tmp/"
  rm -rf "$dest"
  mv "$tmp" "$dest"
}

# A service of ours whose jar was rebuilt after its copy was made is stopped here, so that `up`
# (and the end-to-end tests, which call it after the reactor repackaged the services) never runs old code.
svc_stop_if_rebuilt() {
  local s=$1 pid t0
  pid=$(bp_live_pid "$s") || return 0
  svc_rebuilt_since_copy "$s" || return 0
  bp_say "$s: its jar was rebuilt after it started (pid $pid): restarting it"
  t0=$(bp_now_us)
  bp_term_group "$pid"
  bp_await_group "$s" "$pid" "$t0" || true
  rm -f "$(bp_pidfile "$s")"
}

# What a service keeps on disk lives in the namespace's data dir too.
svc_own_env_lines() {
  case $1 in
    registry-service) echo "REGISTRY_WAVES_SPOOL_DIRECTORY=$BP_SVC_STATE/registry/waves" ;;
    # The local realm's dev secret (deploy/keycloak); a real deployment sets its own.
    consent-service) echo "CONSENT_KEYCLOAK_CLIENT_SECRET=${CONSENT_KEYCLOAK_CLIENT_SECRET:-consent-service-dev-secret}" ;;
    # The pseudonym keys: apart from the database, but under the data dir like everything else.
    sharing-gateway) echo "BAGIPAKAI_GATEWAY_KEY_DIR=${BAGIPAKAI_GATEWAY_KEY_DIR:-$BP_SVC_STATE/gateway/keys}" ;;
  esac
}

svc_start() {
  local s=$1 port env_lines=()
  port=$(svc_port "$s")
  if svc_rebuilt_since_copy "$s"; then svc_copy_app "$s"; fi
  mapfile -t env_lines < <(
    bp_stack_env_lines
    bp_service_url_lines
    svc_own_env_lines "$s"
    echo "BAGIPAKAI_NAMESPACE=$BP_NS"
    echo "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:$BP_PG_PORT/$(svc_database "$s")"
    echo "QUARKUS_OIDC_AUTH_SERVER_URL=$BP_KC_URL/realms/$BP_SVC_REALM"
  )
  bp_spawn "$s" env -C "$(svc_app_dir "$s")" "${env_lines[@]}" \
    QUARKUS_HTTP_PORT="$port" QUARKUS_HTTP_HOST=127.0.0.1 \
    "$JAVA_HOME/bin/java" -Xmx256m -jar "$(svc_app_dir "$s")/quarkus-run.jar"
}

# The namespace's databases (the running system's are among BP_PG_DATABASES).
svc_ensure_databases() {
  [ -n "$BP_NS" ] || return 0
  local s dbs=()
  for s in "${BP_SERVICE_PARTS[@]}"; do dbs+=("$(svc_database "$s")"); done
  postgres_ensure_databases "${dbs[@]}"
}
