package id.bagipakai.gateway;

import id.bagipakai.contracts.AvroSerde;
import id.bagipakai.contracts.registration.SchemaRegistration;
import id.bagipakai.testsupport.Stack;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.HashMap;
import java.util.Map;

/** A producer of Avro events on the stack's Kafka, with the schemas registered. */
final class TestProducers {

    static KafkaProducer<String, Object> avro() {
        var stack = Stack.infra();
        new SchemaRegistration(stack.apicurioUrl()).registerAll();
        Map<String, Object> props = new HashMap<>(AvroSerde.serializerConfig(stack.apicurioUrl()));
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }

    private TestProducers() {
    }
}
