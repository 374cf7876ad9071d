package id.bagipakai.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The AsyncAPI document stays true: every topic and every event schema is described. */
class AsyncApiDocumentTest {

    private static final Path DOC = Path.of("src/main/asyncapi/bagipakai.asyncapi.yaml");

    @Test
    void describesEveryTopicAndEveryEventSchema() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(DOC.toFile());

        List<String> addresses = new ArrayList<>();
        doc.path("channels").forEach(c -> addresses.add(c.path("address").asText()));
        assertThat(addresses).contains(Topics.HOUSEHOLD_EVENTS, Topics.deadLetterOf(Topics.HOUSEHOLD_EVENTS),
                Topics.AGREEMENTS, Topics.MEMBER_CONSENTS, Topics.ELIGIBILITY_RESULTS, Topics.OBJECTIONS);
        // The document and the catalogue name the same topics: no topic is made that is not described.
        List<String> catalogued = Topics.all().stream().map(TopicSpec::name)
                .filter(name -> !name.endsWith(".dlq") || addresses.contains(name)).toList();
        assertThat(addresses).allSatisfy(a -> assertThat(catalogued).contains(a));
        assertThat(catalogued).allSatisfy(t -> assertThat(addresses).contains(t));
        // Every stream agencies can receive is a catalogued topic.
        Streams.names().forEach(s -> assertThat(Topics.spec(Streams.topicOf(s))).isNotNull());

        for (Schema schema : EventSchemas.ALL) {
            JsonNode message = doc.path("components").path("messages").path(schema.getName());
            assertThat(message.isMissingNode()).as("message %s", schema.getName()).isFalse();
            String ref = message.path("payload").path("schema").path("$ref").asText();
            assertThat(Files.exists(DOC.getParent().resolve(ref).normalize())).as("schema file %s", ref).isTrue();
        }
    }
}
