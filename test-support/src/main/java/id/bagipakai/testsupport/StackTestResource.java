package id.bagipakai.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the real local stack (no Dev Services, no Docker). Init arg
 * {@code database}: the service's database; tests use {@code <database>_test} so that a running
 * dev stack and a test run never share rows.
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
        if (database != null) {
            String testDatabase = database + "_test";
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
