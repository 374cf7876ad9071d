package id.bagipakai.commons.kafka;

import id.bagipakai.contracts.AvroSerde;
import io.apicurio.registry.serde.avro.AvroSerdeConfig;
import io.apicurio.registry.serde.avro.DefaultAvroDatumProvider;
import org.apache.avro.Schema;
import org.apache.avro.io.DatumReader;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Apicurio's default provider looks its reader up by the schema's fingerprint, which it computes
 * for every record (a full schema normalisation: most of a consumer's CPU on a busy topic). The
 * deserializer hands over the same schema object for every record of a schema it already
 * resolved, so readers are kept here by that object's identity first.
 */
public class CachingAvroDatumProvider<T> extends DefaultAvroDatumProvider<T> {

    private static final int MAX_SCHEMAS = 1000;

    private record Identity(Schema schema) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity i && i.schema == schema;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(schema);
        }
    }

    private final Map<Identity, DatumReader<T>> readers = new ConcurrentHashMap<>();

    /** The deserializer settings of {@link AvroSerde}, with this provider. */
    public static Map<String, Object> deserializerConfig(String registryUrl) {
        Map<String, Object> config = new HashMap<>(AvroSerde.deserializerConfig(registryUrl));
        config.put(AvroSerdeConfig.AVRO_DATUM_PROVIDER, CachingAvroDatumProvider.class); // the class, not its name: test class loaders
        return config;
    }

    @Override
    public DatumReader<T> createDatumReader(Schema schema) {
        if (readers.size() > MAX_SCHEMAS) {
            readers.clear(); // schema objects not seen again (a registry cache refresh): start over
        }
        return readers.computeIfAbsent(new Identity(schema), k -> super.createDatumReader(schema));
    }
}
