package id.bagipakai.registry;

import id.bagipakai.contracts.Topics;
import id.bagipakai.testsupport.ServiceProcess;
import id.bagipakai.testsupport.Stack;
import id.bagipakai.testsupport.Target;
import id.bagipakai.testsupport.Tokens;
import id.bagipakai.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The packaged registry twice, on two ports, against one database and one Kafka: what one instance
 * accepts the other serves, and each event is published once although both run a relay (the
 * advisory lock makes one of them publish at a time).
 */
class TwoInstancesIT {

    @Test
    void twoInstancesServeOneRegistryAndPublishEachEventOnce() {
        Target target = Stack.target().derived("multi");
        try (ServiceProcess a = ServiceProcess.start("registry-service", "registry", target, Map.of());
             ServiceProcess b = ServiceProcess.start("registry-service", "registry", target, Map.of());
             TopicReader topic = TopicReader.fromEnd(target.topic(Topics.HOUSEHOLD_EVENTS))) {
            LocalDate born = TestHouseholds.birthDate();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                ServiceProcess writer = i % 2 == 0 ? a : b;
                ids.add(given().baseUri(writer.url()).auth().oauth2(Tokens.operator()).contentType("application/json")
                        .body(TestHouseholds.household(TestHouseholds.nik(born, i % 3 == 0), born))
                        .post("/households").then().statusCode(201).extract().path("id"));
            }
            for (String id : ids) { // what one accepted, the other serves
                given().baseUri(b.url()).auth().oauth2(Tokens.operator()).get("/households/" + id)
                        .then().statusCode(200).body("id", equalTo(id));
                given().baseUri(a.url()).auth().oauth2(Tokens.operator()).get("/households/" + id)
                        .then().statusCode(200).body("id", equalTo(id));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.poll().stream().map(ConsumerRecord::key)
                    .filter(ids::contains).distinct().count() == ids.size());
            // A marker after them all: the relay publishes in outbox order, so once it is here, any
            // second copy of an earlier event (two relays at once) would be here too.
            String marker = given().baseUri(a.url()).auth().oauth2(Tokens.operator()).contentType("application/json")
                    .body(TestHouseholds.household(TestHouseholds.nik(born, true), born))
                    .post("/households").then().statusCode(201).extract().path("id");
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.poll().stream().anyMatch(r -> r.key().equals(marker)));
            assertThat(topic.poll().stream().map(ConsumerRecord::key).filter(ids::contains))
                    .hasSize(ids.size()).doesNotHaveDuplicates();
        }
    }
}
