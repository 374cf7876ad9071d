#!/usr/bin/env bash
# shellcheck disable=SC2016 # the single-quoted strings are jq programs, not shell
# Checks the running Keycloak against deploy/keycloak/bagipakai-realm.json: fetches a token for each
# dev client or user and checks azp, client_id and realm_access.roles. Exit 0 if all checks pass.
#   deploy/keycloak/verify-realm.sh [KEYCLOAK_URL]   (default $BAGIPAKAI_KEYCLOAK_URL or http://127.0.0.1:8180)
set -euo pipefail

KC=${1:-${BAGIPAKAI_KEYCLOAK_URL:-http://127.0.0.1:8180}}
TOKEN_URL=$KC/realms/bagipakai/protocol/openid-connect/token
command -v jq >/dev/null || {
  echo "verify-realm: jq is required (Debian: apt-get install jq)" >&2
  exit 2
}
passed=0 failed=0

payload() { # the JWT's middle part, base64url-decoded
  local p
  p=$(cut -d. -f2 <<<"$1" | tr '_-' '/+')
  while [ $((${#p} % 4)) -ne 0 ]; do p+="="; done
  base64 -d <<<"$p"
}

check() { # description jq-expression json
  if jq -e "$2" >/dev/null <<<"$3"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $1 ($2)"
    jq -c '{azp, client_id, roles: .realm_access.roles}' <<<"$3" 2>/dev/null || echo "$3"
  fi
}

token() { curl -sS --max-time 10 "$TOKEN_URL" "$@" | jq -r '.access_token // empty'; }

client_token() { token -d grant_type=client_credentials -d "client_id=$1" -d "client_secret=$1-dev-secret"; }

for c in consent-service demo-agency demo-integrator; do
  t=$(client_token "$c")
  if [ -z "$t" ]; then
    failed=$((failed + 1))
    echo "FAIL: no client_credentials token for $c"
    continue
  fi
  j=$(payload "$t")
  check "$c: azp and client_id" ".azp == \"$c\" and .client_id == \"$c\"" "$j"
  check "$c: lifespan 300 s" '.exp - .iat == 300' "$j"
  case $c in
    consent-service)
      check "$c: no agency role" '(.realm_access.roles | index("agency")) == null' "$j"
      check "$c: realm-management roles" '.resource_access["realm-management"].roles as $r | ["manage-clients","view-clients","query-clients","manage-users","view-users","query-users","view-realm","manage-realm"] | all(. as $x | $r | index($x))' "$j"
      ;;
    demo-agency)
      check "$c: agency + stream roles" '.realm_access.roles | (index("agency") != null) and (index("stream:household-events") != null)' "$j"
      ;;
    demo-integrator)
      check "$c: no agency role" '(.realm_access.roles | index("agency")) == null' "$j"
      ;;
  esac
done

for u in operator1 operator2; do
  t=$(token -d grant_type=password -d client_id=bagipakai-ops -d "username=$u" -d "password=$u-dev")
  if [ -z "$t" ]; then
    failed=$((failed + 1))
    echo "FAIL: no password-grant token for $u"
    continue
  fi
  j=$(payload "$t")
  check "$u: operator role via bagipakai-ops" '.azp == "bagipakai-ops" and (.realm_access.roles | index("operator") != null)' "$j"
done

# Grants that must be refused.
check "consent-service: no password grant" '.error == "unauthorized_client"' \
  "$(curl -sS --max-time 10 "$TOKEN_URL" -d grant_type=password -d client_id=consent-service \
    -d client_secret=consent-service-dev-secret -d username=operator1 -d password=operator1-dev)"
check "demo-agency: wrong secret refused" '.error != null' \
  "$(curl -sS --max-time 10 "$TOKEN_URL" -d grant_type=client_credentials -d client_id=demo-agency -d client_secret=wrong)"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
