package id.bagipakai.contracts;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NamespaceTest {

    @Test
    void theRunningSystemUsesTheCatalogueNamesAsTheyAre() {
        Namespace none = Namespace.of(Optional.empty());
        assertThat(none.isNone()).isTrue();
        assertThat(none.topic(Topics.HOUSEHOLD_EVENTS)).isEqualTo(Topics.HOUSEHOLD_EVENTS);
        assertThat(none.group("eligibility-service")).isEqualTo("eligibility-service");
        assertThat(Namespace.of(Optional.of("  "))).isEqualTo(Namespace.NONE);
    }

    @Test
    void aNamespacePrefixesTopicsDeadLettersAndGroups() {
        Namespace test = Namespace.of(Optional.of("test"));
        assertThat(test.topic(Topics.HOUSEHOLD_EVENTS)).isEqualTo("test." + Topics.HOUSEHOLD_EVENTS);
        assertThat(test.deadLetterOf(Topics.HOUSEHOLD_EVENTS)).isEqualTo("test." + Topics.HOUSEHOLD_EVENTS + ".dlq");
        assertThat(test.group("sharing-gateway")).isEqualTo("test.sharing-gateway");
        assertThat(test.catalogueName("test." + Topics.AGREEMENTS)).isEqualTo(Topics.AGREEMENTS);
        assertThatThrownBy(() -> test.catalogueName(Topics.AGREEMENTS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNamespaceIsAPlainKafkaNamePart() {
        assertThat(new Namespace("test-e2e").value()).isEqualTo("test-e2e");
        for (String bad : new String[] {"Test", "a.b", "-x", "a b", "x".repeat(41)}) {
            assertThatThrownBy(() -> new Namespace(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
