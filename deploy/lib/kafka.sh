# shellcheck shell=bash
# Kafka: a single KRaft node (broker + controller) from the Maven Central jars; the class path is
# written by deploy/stack/pom.xml (profile stack-kafka), the jars stay in ~/.m2.

BP_KAFKA_VERSION=$(bp_pom_prop kafka.server.version)
BP_KAFKA_PORT=19092
BP_KAFKA_CONTROLLER_PORT=19093
BP_KAFKA_BOOTSTRAP=127.0.0.1:$BP_KAFKA_PORT
BP_KAFKA_DIR=$BP_STATE/kafka
BP_KAFKA_CP_FILE=$BP_SERVERS/kafka-$BP_KAFKA_VERSION.classpath
BP_KAFKA_TIMEOUT=${BAGIPAKAI_TIMEOUT_KAFKA:-90}

kafka_fetch_item() {
  echo "stack-kafka:org/apache/kafka/kafka_2.13/$BP_KAFKA_VERSION/kafka_2.13-$BP_KAFKA_VERSION.jar"
}

# The class path file is usable when every jar is still in ~/.m2 and the versions that matter fit
# (the parent's Quarkus BOM once downgraded kafka-clients and swapped slf4j-api; see the pom).
kafka_artifacts_ok() {
  local cp jar
  [ -s "$BP_KAFKA_CP_FILE" ] || return 1
  cp=$(cat "$BP_KAFKA_CP_FILE")
  [[ $cp == *"/kafka-clients-$BP_KAFKA_VERSION.jar"* ]] || {
    bp_warn "kafka: class path has a kafka-clients other than $BP_KAFKA_VERSION; rebuilding it"
    return 1
  }
  [[ $cp == *"/slf4j-api-1."* ]] || {
    bp_warn "kafka: class path lacks slf4j-api 1.x (needed by the SLF4J-1 log4j binding); rebuilding it"
    return 1
  }
  local IFS=:
  for jar in $cp; do [ -f "$jar" ] || return 1; done
}

kafka_check_artifacts() {
  kafka_artifacts_ok || bp_die "kafka: class path $BP_KAFKA_CP_FILE is missing or stale after Maven; see $(bp_logfile maven) and deploy/stack/pom.xml"
}

# A tiny Kafka-protocol check: send ApiVersions (v0, correlation id 7) and expect a response with
# that correlation id and error code 0. The broker answers only once it has started serving,
# which coincides with "Kafka Server started" in its log.
kafka_healthy() {
  local out
  out=$(timeout 3 bash -c '
    exec 3<>/dev/tcp/127.0.0.1/'"$BP_KAFKA_PORT"' || exit 1
    printf "\x00\x00\x00\x0c\x00\x12\x00\x00\x00\x00\x00\x07\x00\x02bp" >&3
    head -c 10 <&3 | od -An -tx1' 2>/dev/null | tr -d ' \n') || return 1
  [ "${out:8:12}" = "000000070000" ]
}

kafka_probe_desc() { echo "Kafka ApiVersions answered on $BP_KAFKA_BOOTSTRAP"; }
kafka_url() { echo "$BP_KAFKA_BOOTSTRAP (PLAINTEXT; controller 127.0.0.1:$BP_KAFKA_CONTROLLER_PORT)"; }
kafka_ports() { echo "$BP_KAFKA_PORT $BP_KAFKA_CONTROLLER_PORT"; }
kafka_timeout() { echo "$BP_KAFKA_TIMEOUT"; }

kafka_write_config() {
  mkdir -p "$BP_KAFKA_DIR/config" "$BP_KAFKA_DIR/kraft"
  cat >"$BP_KAFKA_DIR/config/server.properties" <<EOF
# Written by deploy/bagipakai at every start: edit deploy/lib/kafka.sh, not this file.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$BP_KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$BP_KAFKA_PORT,CONTROLLER://127.0.0.1:$BP_KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$BP_KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$BP_KAFKA_DIR/kraft
# Defaults that suit tests on one node.
auto.create.topics.enable=true
num.partitions=3
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
EOF
  cat >"$BP_KAFKA_DIR/config/log4j2.properties" <<'EOF'
# Console only: deploy/bagipakai sends it to logs/kafka.log.
status = warn
appender.out.type = Console
appender.out.name = STDOUT
appender.out.layout.type = PatternLayout
appender.out.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = INFO
rootLogger.appenderRef.out.ref = STDOUT
# The full config dumps (hundreds of lines per client) drown the log; warnings still show.
logger.config.name = org.apache.kafka.common.config.AbstractConfig
logger.config.level = WARN
logger.request.name = kafka.request.logger
logger.request.level = WARN
EOF
}

kafka_java() { "$JAVA_HOME/bin/java" -Dlog4j2.configurationFile="$BP_KAFKA_DIR/config/log4j2.properties" "$@"; }

# Format the storage once, with a cluster id kept in the data dir.
kafka_format() {
  local cp id
  [ -f "$BP_KAFKA_DIR/kraft/meta.properties" ] && return 0
  cp=$(cat "$BP_KAFKA_CP_FILE")
  if [ ! -s "$BP_KAFKA_DIR/cluster.id" ]; then
    # The tool's log lines share stdout with the id: keep only a 22-character base64url id.
    id=$(kafka_java -cp "$cp" kafka.tools.StorageTool random-uuid 2>>"$(bp_logfile kafka-format)" |
      grep -E '^[A-Za-z0-9_-]{22}$' | tail -n1) || true
    [ -n "$id" ] || bp_die "kafka: StorageTool random-uuid gave no cluster id; see $(bp_logfile kafka-format)"
    echo "$id" >"$BP_KAFKA_DIR/cluster.id"
  fi
  id=$(tr -d '[:space:]' <"$BP_KAFKA_DIR/cluster.id")
  bp_say "kafka: formatting storage (cluster id $id)"
  # With controller.quorum.voters set, no --standalone.
  kafka_java -cp "$cp" kafka.tools.StorageTool format -t "$id" \
    -c "$BP_KAFKA_DIR/config/server.properties" >>"$(bp_logfile kafka-format)" 2>&1 ||
    bp_die "kafka: formatting the storage failed; see $(bp_logfile kafka-format)"
}

# Java 25 AOT cache (JEP 483/514): the first run records (-XX:AOTCacheOutput, written when the
# broker stops), later runs load it: readiness ~4.6 s -> ~2.5 s here. A cache that does not fit
# (other JDK, other class path) is ignored by the JVM, so a stale one costs nothing; its name
# still carries the JDK and Kafka versions so that an upgrade records a fresh one.
# BAGIPAKAI_KAFKA_AOT=0 turns it off.
kafka_aot_opts() {
  local major jdk cache
  [ "${BAGIPAKAI_KAFKA_AOT:-1}" = 1 ] || return 0
  major=$(bagipakai_java_major "$JAVA_HOME/bin/java")
  [ "${major:-0}" -ge 25 ] 2>/dev/null || return 0
  jdk=$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.runtime\.version = //p' | tr -c 'A-Za-z0-9.\n' '_')
  mkdir -p "$BP_KAFKA_DIR/aot"
  cache=$BP_KAFKA_DIR/aot/kafka-$BP_KAFKA_VERSION-jdk$jdk.aot
  if [ -s "$cache" ]; then
    echo "-XX:AOTCache=$cache -Xlog:aot*=error"
  else
    echo "-XX:AOTCacheOutput=$cache -Xlog:aot*=error"
  fi
}

kafka_start() {
  local cp aot
  kafka_write_config
  kafka_format
  cp=$(cat "$BP_KAFKA_CP_FILE")
  aot=$(kafka_aot_opts)
  # shellcheck disable=SC2086 # $aot holds zero or more JVM options
  bp_spawn kafka "$JAVA_HOME/bin/java" -Xms128m -Xmx512m $aot \
    -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 \
    -XX:+ExplicitGCInvokesConcurrent -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$BP_KAFKA_DIR/config/log4j2.properties" \
    -cp "$cp" kafka.Kafka "$BP_KAFKA_DIR/config/server.properties"
}

# A recording run (-XX:AOTCacheOutput) writes the AOT cache while it exits (~10 s here): give it
# up to 60 s, and drop the cache if it had to be killed midway (a fresh one is recorded next time).
kafka_stop() { # pid
  local pid=$1 cache=""
  cache=$(tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null | sed -n 's/^-XX:AOTCacheOutput=//p') || true
  if [ -n "$cache" ]; then
    bp_say "kafka: stopping; it writes its AOT cache on this first stop (takes ~10 s)"
    bp_stop_group kafka "$pid" 60 || {
      rm -f "$cache"
      return 0
    }
  else
    bp_stop_group kafka "$pid" || true
  fi
}
