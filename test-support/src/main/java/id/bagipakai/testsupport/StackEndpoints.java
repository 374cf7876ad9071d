package id.bagipakai.testsupport;

import java.util.Map;

/** Where the parts of the local stack listen, as the launcher wrote them to {@code stack.env}, and the realm of the target. */
public record StackEndpoints(String kafkaBootstrapServers, String postgresHost, int postgresPort,
                             String postgresUser, String keycloakUrl, String apicurioUrl, String realm) {

    static StackEndpoints from(Map<String, String> env, String realm) {
        return new StackEndpoints(
                env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092"),
                env.getOrDefault("BAGIPAKAI_POSTGRES_HOST", "127.0.0.1"),
                Integer.parseInt(env.getOrDefault("BAGIPAKAI_POSTGRES_PORT", "5432")),
                env.getOrDefault("BAGIPAKAI_POSTGRES_USER", "postgres"),
                env.getOrDefault("BAGIPAKAI_KEYCLOAK_URL", "http://127.0.0.1:8180"),
                env.getOrDefault("BAGIPAKAI_APICURIO_URL", "http://127.0.0.1:8280/apis/registry/v3"), realm);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + postgresHost + ":" + postgresPort + "/" + database;
    }

    public String realmUrl() {
        return keycloakUrl + "/realms/" + realm;
    }
}
