# shellcheck shell=bash
# Apicurio Registry 3: the apicurio-registry-app "all" tar.gz (a Quarkus fast-jar) unpacked under
# servers/, storing on PostgreSQL (database apicurio); needs Java 21+.

BP_APICURIO_VERSION=$(bp_pom_prop apicurio.server.version)
BP_APICURIO_HOME=$BP_SERVERS/apicurio-registry-$BP_APICURIO_VERSION
BP_APICURIO_PORT=8280
BP_APICURIO_MGMT_PORT=9280
BP_APICURIO_API=http://127.0.0.1:$BP_APICURIO_PORT/apis/registry/v3
BP_APICURIO_TIMEOUT=${BAGIPAKAI_TIMEOUT_APICURIO:-150}

apicurio_fetch_item() {
  echo "stack-apicurio:io/apicurio/apicurio-registry-app/$BP_APICURIO_VERSION/apicurio-registry-app-$BP_APICURIO_VERSION-all.tar.gz"
}

apicurio_artifacts_ok() { [ -f "$BP_APICURIO_HOME/quarkus-run.jar" ] && [ -d "$BP_APICURIO_HOME/lib" ]; }

apicurio_install_staged() {
  local staged=$BP_SERVERS/.staging-apicurio
  if [ -f "$staged/quarkus-run.jar" ]; then
    rm -rf "$BP_APICURIO_HOME"
    mv "$staged" "$BP_APICURIO_HOME"
  fi
  apicurio_artifacts_ok || bp_die "apicurio: $BP_APICURIO_HOME/quarkus-run.jar missing after Maven; see $(bp_logfile maven)"
}

apicurio_healthy() { bp_http_ok "http://127.0.0.1:$BP_APICURIO_MGMT_PORT/health/ready"; }
apicurio_probe_desc() { echo "200 from http://127.0.0.1:$BP_APICURIO_MGMT_PORT/health/ready"; }
apicurio_url() { echo "$BP_APICURIO_API (health http://127.0.0.1:$BP_APICURIO_MGMT_PORT/health/ready)"; }
apicurio_ports() { echo "$BP_APICURIO_PORT $BP_APICURIO_MGMT_PORT"; }
apicurio_timeout() { echo "$BP_APICURIO_TIMEOUT"; }

apicurio_start() {
  # System properties rather than env: names with dashes (artifact-version) map unambiguously.
  # Pool: the default keeps 20 connections open; 2..20 is plenty locally and spares PostgreSQL.
  # Deletion of groups/artifacts/versions is off by default; tests clean up after themselves.
  # The password is ignored under trust auth, but an empty value would fall back to the default.
  # Serial GC suits a heap this small (lower RSS); C1-only JIT: see bp_fast_jit_opts.
  # shellcheck disable=SC2046 # bp_fast_jit_opts prints zero or more JVM options
  bp_spawn apicurio env -C "$BP_APICURIO_HOME" "$JAVA_HOME/bin/java" -Xms64m -Xmx512m \
    -XX:+UseSerialGC $(bp_fast_jit_opts) \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$BP_APICURIO_PORT" \
    -Dquarkus.management.host=127.0.0.1 -Dquarkus.management.port="$BP_APICURIO_MGMT_PORT" \
    -Dapicurio.storage.kind=sql -Dapicurio.storage.sql.kind=postgresql \
    -Dapicurio.datasource.url="jdbc:postgresql://127.0.0.1:$BP_PG_PORT/apicurio" \
    -Dapicurio.datasource.username=postgres -Dapicurio.datasource.password=postgres \
    -Dapicurio.datasource.jdbc.initial-size=2 -Dapicurio.datasource.jdbc.min-size=2 \
    -Dapicurio.datasource.jdbc.max-size=20 \
    -Dapicurio.rest.deletion.group.enabled=true \
    -Dapicurio.rest.deletion.artifact.enabled=true \
    -Dapicurio.rest.deletion.artifact-version.enabled=true \
    -jar quarkus-run.jar
}

# Global rule COMPATIBILITY=BACKWARD, idempotently: created (204/200) or already there (409).
apicurio_after_ready() {
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -X POST \
    -H 'Content-Type: application/json' \
    -d '{"ruleType":"COMPATIBILITY","config":"BACKWARD"}' \
    "$BP_APICURIO_API/admin/rules" || true)
  case $code in
    200 | 204) bp_say "apicurio: global rule COMPATIBILITY=BACKWARD created" ;;
    409) ;; # already set
    *) bp_die "apicurio: could not set the global COMPATIBILITY rule (HTTP $code from $BP_APICURIO_API/admin/rules)" ;;
  esac
}
