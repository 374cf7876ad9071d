package id.bagipakai.gateway;

import id.bagipakai.contracts.AvroSerde;
import id.bagipakai.contracts.registration.SchemaRegistration;
import id.bagipakai.testsupport.Stack;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.HashMap;
import java.util.Map;

/**
 * For ITs that publish events as the registry and consent-service do: one Avro producer on the
 * stack's Kafka per test class ({@code avro}), with the schemas registered.
 */
abstract class TestProducers {

    static KafkaProducer<String, Object> avro;

    @BeforeAll
    static void openProducer() {
        var stack = Stack.infra();
        new SchemaRegistration(stack.apicurioUrl()).registerAll();
        Map<String, Object> props = new HashMap<>(AvroSerde.serializerConfig(stack.apicurioUrl()));
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        avro = new KafkaProducer<>(props);
    }

    @AfterAll
    static void closeProducer() {
        if (avro != null) {
            avro.close();
        }
    }
}
