# shellcheck shell=bash
# Keycloak: the keycloak-quarkus-dist zip unpacked under servers/, run with `kc.sh start-dev`
# (file-based H2 store inside the dist's data/ folder), realm imported from
# deploy/keycloak/bagipakai-realm.json.

BP_KC_VERSION=$(bp_pom_prop keycloak.server.version)
BP_KC_HOME=$BP_SERVERS/keycloak-$BP_KC_VERSION
BP_KC_PORT=8180
BP_KC_MGMT_PORT=9180
BP_KC_URL=http://127.0.0.1:$BP_KC_PORT
BP_KC_REALM=bagipakai
BP_KC_REALM_FILE=$BP_DEPLOY/keycloak/bagipakai-realm.json
BP_KC_TIMEOUT=${BAGIPAKAI_TIMEOUT_KEYCLOAK:-180}

keycloak_fetch_item() {
  echo "stack-keycloak:org/keycloak/keycloak-quarkus-dist/$BP_KC_VERSION/keycloak-quarkus-dist-$BP_KC_VERSION.zip"
}

keycloak_artifacts_ok() { [ -x "$BP_KC_HOME/bin/kc.sh" ]; }

# Maven unpacks into a staging folder; move it into place only once complete.
keycloak_install_staged() {
  local staged=$BP_SERVERS/.staging-keycloak/keycloak-$BP_KC_VERSION
  if [ -d "$staged" ]; then
    rm -rf "$BP_KC_HOME"
    mv "$staged" "$BP_KC_HOME"
    rm -rf "$BP_SERVERS/.staging-keycloak"
  fi
  chmod +x "$BP_KC_HOME"/bin/*.sh 2>/dev/null || true
  keycloak_artifacts_ok || bp_die "keycloak: $BP_KC_HOME/bin/kc.sh missing after Maven; see $(bp_logfile maven)"
}

# Ready = management health says UP and the realm was imported (its discovery document answers).
keycloak_healthy() {
  bp_http_ok "http://127.0.0.1:$BP_KC_MGMT_PORT/health/ready" &&
    bp_http_ok "$BP_KC_URL/realms/$BP_KC_REALM/.well-known/openid-configuration"
}

keycloak_probe_desc() { echo "200 from http://127.0.0.1:$BP_KC_MGMT_PORT/health/ready and $BP_KC_URL/realms/$BP_KC_REALM/.well-known/openid-configuration"; }
keycloak_url() { echo "$BP_KC_URL (admin console $BP_KC_URL/admin/ admin/admin; realm $BP_KC_URL/realms/$BP_KC_REALM)"; }
keycloak_ports() { echo "$BP_KC_PORT $BP_KC_MGMT_PORT"; }
keycloak_timeout() { echo "$BP_KC_TIMEOUT"; }

# --import-realm skips a realm that already exists. To keep the realm "as code", remember the hash
# of the file last imported; when the file changed, drop the dev H2 store so it is imported afresh
# (local dev data only: clients provisioned at run time are lost, and re-provisioned by the
# services).
keycloak_sync_realm() {
  local import=$BP_KC_HOME/data/import hash old=""
  mkdir -p "$import"
  hash=$(sha256sum "$BP_KC_REALM_FILE" | cut -d' ' -f1)
  [ -f "$BP_KC_HOME/data/.bagipakai-realm.sha256" ] && old=$(cat "$BP_KC_HOME/data/.bagipakai-realm.sha256")
  if [ "$hash" != "$old" ] && [ -d "$BP_KC_HOME/data/h2" ]; then
    bp_say "keycloak: $BP_KC_REALM_FILE changed since its last import: resetting the dev store (data/h2) to re-import it"
    rm -rf "$BP_KC_HOME/data/h2"
  fi
  cp "$BP_KC_REALM_FILE" "$import/bagipakai-realm.json"
  echo "$hash" >"$BP_KC_HOME/data/.bagipakai-realm.sha256"
}

# On reuse of a running Keycloak: say so if the realm file changed since it was imported.
keycloak_on_reuse() {
  local f=$BP_KC_HOME/data/.bagipakai-realm.sha256
  if [ -f "$f" ] && [ "$(sha256sum "$BP_KC_REALM_FILE" | cut -d' ' -f1)" != "$(cat "$f")" ]; then
    bp_warn "keycloak: $BP_KC_REALM_FILE changed since the running Keycloak imported it: 'deploy/bagipakai down' and 'up' re-import it"
  fi
  return 0
}

keycloak_start() {
  keycloak_sync_realm
  # The bootstrap admin applies only when the master realm is first created.
  # health-enabled is a build-time option: start-dev re-augments once, later starts reuse it.
  # JAVA_OPTS_APPEND: C1-only JIT (see bp_fast_jit_opts), measured warm start 13.3 s -> 8.9 s.
  bp_spawn keycloak env \
    JAVA_HOME="$JAVA_HOME" JAVA_OPTS_APPEND="$(bp_fast_jit_opts)" \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    "$BP_KC_HOME/bin/kc.sh" start-dev \
    --http-host=127.0.0.1 --http-port="$BP_KC_PORT" \
    --health-enabled=true --http-management-port="$BP_KC_MGMT_PORT" \
    --import-realm
}
