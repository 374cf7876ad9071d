package id.bagipakai.contracts;

import java.util.Map;

/**
 * How our events travel on Kafka: Avro through Apicurio Registry 3 serdes, looked up by record
 * name (see {@link EventSchemas}). Producers never auto-register: schemas are registered from
 * this module, under the registry's compatibility rule.
 */
public final class AvroSerde {

    public static final String SERIALIZER = "io.apicurio.registry.serde.avro.AvroKafkaSerializer";
    public static final String DESERIALIZER = "io.apicurio.registry.serde.avro.AvroKafkaDeserializer";

    /** Value-serializer settings for a producer of our events. */
    public static Map<String, Object> serializerConfig(String registryUrl) {
        return Map.of("value.serializer", SERIALIZER,
                "apicurio.registry.url", registryUrl,
                "apicurio.registry.artifact-resolver-strategy", EventSchemas.ARTIFACT_RESOLVER_STRATEGY,
                "apicurio.registry.auto-register", false,
                "apicurio.registry.find-latest", true);
    }

    /**
     * Value-deserializer settings that yield generic records, read with the writer's schema: a
     * consumer needs no generated class, so it reads event types newer than itself.
     */
    public static Map<String, Object> deserializerConfig(String registryUrl) {
        return Map.of("value.deserializer", DESERIALIZER,
                "apicurio.registry.url", registryUrl,
                "apicurio.registry.use-specific-avro-reader", false);
    }

    private AvroSerde() {
    }
}
