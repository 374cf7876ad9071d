package id.bagipakai.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the real local stack (no Dev Services, no Docker), in the tests'
 * {@link Target}: the Kafka namespace ({@code bagipakai.namespace}: own topics and consumer
 * groups), the tests' realm, and for init arg {@code database} the service's database of the
 * target ({@code <database>_test}), so that a running system and a test run never share a row, a
 * topic, a consumer group or a Keycloak client.
 */
public class StackTestResource implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
    }

    @Override
    public Map<String, String> start() {
        StackEndpoints stack = Stack.infra();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.devservices.enabled", "false");
        config.put("bagipakai.kafka-bootstrap-servers", stack.kafkaBootstrapServers());
        config.put("bagipakai.apicurio-url", stack.apicurioUrl());
        config.put("quarkus.oidc.auth-server-url", stack.realmUrl());
        config.put("bagipakai.namespace", Stack.target().namespace());
        if (database != null) {
            String testDatabase = Stack.target().database(database);
            Stack.ensureDatabase(testDatabase);
            config.put("quarkus.datasource.jdbc.url", stack.jdbcUrl(testDatabase));
            config.put("quarkus.datasource.username", stack.postgresUser());
        }
        return config;
    }

    @Override
    public void stop() {
        // The stack outlives the test run: the next module (or a developer) reuses it.
    }
}
