package id.bagipakai.gateway.pseudonym;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class PseudonymiserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NIK = "3273011203800001";
    private static final String KK = "3273011234567890";
    private static final List<String> IDENTIFIERS = List.of("hh-0c1f9a7e", KK, "mb-5d2e8b41", NIK, "mb-9a3c7f02",
            "UNHCR-778812", "mb-1b7e4d93", "3273015507850002");

    @TempDir
    Path keys;

    private static ObjectNode record() throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"eventId":"e1","eventType":"HouseholdRegistered","householdId":"hh-0c1f9a7e","version":3,
                 "occurredAt":"2026-11-24T02:00:00Z","agreementId":"pks-1",
                 "household":{"kkNumber":"3273011234567890",
                   "location":{"regionCode":"32.73.01.1001"},
                   "members":[
                     {"memberId":"mb-5d2e8b41","name":"Asep","nik":"3273011203800001","noNik":null},
                     {"memberId":"mb-9a3c7f02","name":"Siti","nik":null,
                      "noNik":{"reason":"REFUGEE","alternativeIds":[
                        {"issuer":"UNHCR","issuerName":"UNHCR Jakarta","value":"UNHCR-778812"}]}},
                     {"memberId":"mb-1b7e4d93","name":"Dewi","nik":"3273015507850002"}]}}""");
    }

    @Test
    void aPseudonymIsTheVersionAndSharesNothingWithTheValue() {
        KeyVersion key = new KeyRing(keys).current();

        String pseudonym = Pseudonymiser.pseudonym(key, "dinsos-bandung", Pseudonymiser.NIK, NIK);

        assertThat(pseudonym).matches("p1_[a-z2-7]{26}").doesNotContain(NIK);
    }

    @Test
    void theSameAgencySeesTheSamePseudonymAcrossRestarts() throws Exception {
        ObjectNode first = record();
        new Pseudonymiser(new KeyRing(keys)).apply(first, "dinsos-bandung");
        ObjectNode again = record();

        new Pseudonymiser(new KeyRing(keys)).apply(again, "dinsos-bandung");

        assertThat(again).isEqualTo(first);
    }

    @Test
    void twoAgenciesSeeUnrelatedPseudonymsOfTheSamePerson() throws Exception {
        ObjectNode bandung = record();
        ObjectNode ngo = record();
        Pseudonymiser pseudonymiser = new Pseudonymiser(new KeyRing(keys));

        pseudonymiser.apply(bandung, "dinsos-bandung");
        pseudonymiser.apply(ngo, "ngo-peduli");

        for (String pointer : List.of("/householdId", "/household/kkNumber", "/household/members/0/memberId",
                "/household/members/0/nik", "/household/members/1/noNik/alternativeIds/0/value")) {
            assertThat(bandung.at(pointer).asText()).as(pointer).isNotEqualTo(ngo.at(pointer).asText());
        }
    }

    @Test
    void kindsAreKeptApart() throws Exception {
        KeyVersion key = new KeyRing(keys).current();
        ObjectNode record = record();
        // A member id that happens to be another member's NIK must not reveal that it is.
        ((ObjectNode) record.at("/household/members/1")).put("memberId", NIK);

        new Pseudonymiser(new KeyRing(keys)).apply(record, "dinsos-bandung");

        assertThat(record.at("/household/members/1/memberId").asText())
                .isNotEqualTo(record.at("/household/members/0/nik").asText())
                .isEqualTo(Pseudonymiser.pseudonym(key, "dinsos-bandung", Pseudonymiser.MEMBER, NIK));
        assertThat(Pseudonymiser.pseudonym(key, "a", "alt-id:UNHCR", "X1"))
                .isNotEqualTo(Pseudonymiser.pseudonym(key, "a", "alt-id:IOM", "X1"));
        // The separator keeps the parts apart: shifting characters between them changes the input.
        assertThat(Pseudonymiser.pseudonym(key, "ab", "nik", "c"))
                .isNotEqualTo(Pseudonymiser.pseudonym(key, "a", "bnik", "c"));
    }

    @Test
    void everyIdentifierOfARecordIsReplacedAndNoRawOneRemains() throws Exception {
        KeyVersion key = new KeyRing(keys).current();
        ObjectNode record = record();

        new Pseudonymiser(new KeyRing(keys)).apply(record, "dinsos-bandung");

        String text = JSON.writeValueAsString(record);
        IDENTIFIERS.forEach(id -> assertThat(text).as(id).doesNotContain(id));
        assertThat(record.at("/householdId").asText())
                .isEqualTo(Pseudonymiser.pseudonym(key, "dinsos-bandung", Pseudonymiser.HOUSEHOLD, "hh-0c1f9a7e"));
        assertThat(record.at("/household/kkNumber").asText())
                .isEqualTo(Pseudonymiser.pseudonym(key, "dinsos-bandung", Pseudonymiser.KK, KK));
        assertThat(record.at("/household/members/0/nik").asText())
                .isEqualTo(Pseudonymiser.pseudonym(key, "dinsos-bandung", Pseudonymiser.NIK, NIK));
        assertThat(record.at("/household/members/1/noNik/alternativeIds/0/value").asText())
                .isEqualTo(Pseudonymiser.pseudonym(key, "dinsos-bandung", "alt-id:UNHCR", "UNHCR-778812"));
        // Everything that is not an identifier stays as it was.
        ObjectNode expected = record();
        List.of("/eventId", "/householdId", "/household/kkNumber").forEach(p -> replaceAt(expected, p, record));
        for (int i = 0; i < 3; i++) {
            replaceAt(expected, "/household/members/" + i + "/memberId", record);
        }
        replaceAt(expected, "/household/members/0/nik", record);
        replaceAt(expected, "/household/members/2/nik", record);
        replaceAt(expected, "/household/members/1/noNik/alternativeIds/0/value", record);
        assertThat(record).isEqualTo(expected);
    }

    @Test
    void fieldsThatAreAbsentOrNullStaySo() throws Exception {
        ObjectNode record = (ObjectNode) JSON.readTree("""
                {"version":1,
                 "household":{"location":{"regionCode":"32.73.01.1001"},
                   "members":[{"name":"Asep","nik":null,"noNik":{"reason":"NOT_YET_RECORDED"}}]}}""");
        ObjectNode before = record.deepCopy();

        new Pseudonymiser(new KeyRing(keys)).apply(record, "dinsos-bandung");

        assertThat(record).isEqualTo(before);
        assertThat(record.has("householdId")).isFalse();
        assertThat(record.at("/household/members/0").has("memberId")).isFalse();
    }

    @Test
    void reKeyingMapsEachOldPseudonymToItsNewOne() throws Exception {
        KeyRing ring = new KeyRing(keys);
        Pseudonymiser pseudonymiser = new Pseudonymiser(ring);
        ObjectNode before = record();
        pseudonymiser.apply(before, "dinsos-bandung");
        ring.rotate();
        ObjectNode after = record();
        pseudonymiser.apply(after, "dinsos-bandung");

        Map<String, String> pairs = pseudonymiser.rekey("dinsos-bandung", 1, 2, Pseudonymiser.NIK,
                List.of(NIK, "3273015507850002"));

        assertThat(after.at("/household/members/0/nik").asText()).startsWith("p2_");
        assertThat(pairs).containsExactly(
                entry(before.at("/household/members/0/nik").asText(), after.at("/household/members/0/nik").asText()),
                entry(before.at("/household/members/2/nik").asText(), after.at("/household/members/2/nik").asText()));
    }

    @Test
    void anAgencyOrKindWithNulIsRefused() {
        KeyVersion key = new KeyRing(keys).current();

        assertThatThrownBy(() -> Pseudonymiser.pseudonym(key, "a\0nik", "x", NIK))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void replaceAt(ObjectNode expected, String pointer, ObjectNode actual) {
        int slash = pointer.lastIndexOf('/');
        ((ObjectNode) expected.at(pointer.substring(0, slash))).set(pointer.substring(slash + 1), actual.at(pointer));
    }
}
