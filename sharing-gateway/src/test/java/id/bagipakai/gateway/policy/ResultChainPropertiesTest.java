package id.bagipakai.gateway.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bagipakai.gateway.domain.AgreementGrant;
import id.bagipakai.contracts.Streams;
import id.bagipakai.policy.AccessMode;
import id.bagipakai.policy.ConsentLedger;
import id.bagipakai.policy.ConsentRecord;
import id.bagipakai.policy.ConsentScope;
import id.bagipakai.policy.ConsentState;
import id.bagipakai.policy.LegalBasis;
import id.bagipakai.policy.ResultFields;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The eligibility chain over generated agreements, results and consents; expectations stated
 * from the outside: only the envelope and what the grants name leave, never the subjects; the
 * explanation and the reasons only when every subject granted; nothing for a household out of
 * scope, an event type not covered, or a result none of whose subjects may be shared.
 */
class ResultChainPropertiesTest {

    private static final PolicyChain CHAIN = EnforcementChains.of(Streams.ELIGIBILITY, ResultCases.ROLES);
    private static final List<String> GRANTS = List.of(ResultFields.WELFARE, ResultFields.SCORE, ResultFields.DESILS,
            ResultFields.EXPLANATION, ResultFields.ELIGIBILITY, ResultFields.DECISIONS, ResultFields.REASONS,
            "/location/regionCode", "/location", "/members/*/name", "/kkNumber");

    /** A subject's only answer about the agreement, if any. */
    enum Answer { NONE, GRANTED, REFUSED, WITHDRAWN }

    record Case(LegalBasis basis, Set<String> fields, Set<String> eventTypes, String eventType, String region,
                List<Answer> answers) {

        List<String> subjects() {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                ids.add("mb-" + i);
            }
            return ids;
        }

        DisclosureRequest request() {
            AgreementGrant grant = ResultCases.grant(basis, fields, eventTypes, AccessMode.IDENTIFIED);
            Map<String, ConsentLedger> ledgers = new HashMap<>();
            for (int i = 0; i < answers.size(); i++) {
                String id = "mb-" + i;
                Answer a = answers.get(i);
                if (a != Answer.NONE) {
                    ledgers.put(id, ConsentLedger.of(id, List.of(new ConsentRecord("c-" + id, id,
                            new ConsentScope.OfAgreement(ResultCases.AGREEMENT), ConsentState.valueOf(a.name()),
                            ResultCases.NOW.minusSeconds(5), false, false))));
                }
            }
            ObjectNode record = eventType.equals(ResultCases.WELFARE_RANK) ? ResultCases.welfareRank(region)
                    : ResultCases.eligibility(region);
            ArrayNode subjects = record.putArray("subjects");
            subjects().forEach(id -> subjects.addObject().put("memberId", id));
            return ResultCases.request(grant, Set.of("agency", ResultCases.ROLE), eventType, record,
                    ResultCases.facts(region, subjects()), ledgers);
        }

        boolean maySomeoneBeShared() {
            return answers.stream().anyMatch(a -> switch (a) {
                case GRANTED -> true;
                case NONE -> basis != LegalBasis.EXPLICIT_CONSENT;
                case REFUSED, WITHDRAWN -> false;
            });
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<LegalBasis> basis = Arbitraries.of(LegalBasis.PUBLIC_TASK, LegalBasis.EXPLICIT_CONSENT,
                LegalBasis.LEGAL_OBLIGATION);
        Arbitrary<Set<String>> fields = Arbitraries.of(GRANTS).set().ofMinSize(1).ofMaxSize(4);
        Arbitrary<Set<String>> types = Arbitraries.of(ResultCases.WELFARE_RANK, ResultCases.ELIGIBILITY).set().ofMinSize(1);
        Arbitrary<String> type = Arbitraries.of(ResultCases.WELFARE_RANK, ResultCases.ELIGIBILITY);
        Arbitrary<String> region = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.just(ResultCases.REGION)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("31.71.01.1001")));
        Arbitrary<List<Answer>> answers = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just(Answer.GRANTED)),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(Answer.class))).list().ofMinSize(0).ofMaxSize(3);
        return Combinators.combine(basis, fields, types, type, region, answers).as(Case::new);
    }

    @Property(tries = 5_000, edgeCases = EdgeCasesMode.NONE)
    void onlyWhatTheGrantsAndEveryonesConsentAllowLeaves(@ForAll("cases") Case c) {
        ObjectNode out = CHAIN.decide(c.request()).recordOrNull();
        Statistics.label("outcome").collect(out == null ? "deny" : "release");
        Statistics.label("outcome").coverage(k -> k.check("release").percentage(p -> p >= 20));
        boolean mayLeave = c.eventTypes().contains(c.eventType()) && c.region().equals(ResultCases.REGION)
                && c.maySomeoneBeShared() && !ResultFields.released(c.fields()).isEmpty();
        if (!mayLeave) {
            assertThat(out).isNull();
            return;
        }
        assertThat(out).isNotNull();
        Set<String> granted = ResultFields.released(c.fields());
        boolean everyoneGranted = c.answers().stream().allMatch(a -> a == Answer.GRANTED);
        leaves(out, "", (pointer, empty) -> {
            assertThat(pointer).doesNotStartWith(ResultFields.SUBJECTS);
            // an empty object on the way to a granted field (a decision whose reasons were withheld) says nothing more
            assertThat(ResultFields.ENVELOPE.contains(pointer) || granted.stream().anyMatch(g -> within(pointer, g)
                    || empty && within(g, pointer)))
                    .as("not granted: %s under %s", pointer, c.fields()).isTrue();
            if (!everyoneGranted) {
                assertThat(ResultFields.specific()).as("specific data without everyone's grant")
                        .noneMatch(s -> within(pointer, s));
            }
        });
        for (String envelope : ResultFields.ENVELOPE) {
            assertThat(out.has(envelope.substring(1))).as(envelope).isTrue();
        }
        Statistics.label("specific shown").collect(out.has("explanation") || out.path("decisions").path(0).has("reasons"));
    }

    private static boolean within(String pointer, String pattern) {
        String[] p = pointer.split("/", -1);
        String[] q = pattern.split("/", -1);
        if (p.length < q.length) {
            return false;
        }
        for (int i = 0; i < q.length; i++) {
            if (!q[i].equals(p[i]) && !(q[i].equals("*") && p[i].matches("\\d+|\\*"))
                    && !(p[i].equals("*") && q[i].matches("\\d+"))) {
                return false;
            }
        }
        return true;
    }

    /** Calls back every leaf by pointer (array elements by index), and whether it is an empty object or array. */
    private static void leaves(JsonNode node, String pointer, java.util.function.BiConsumer<String, Boolean> leaf) {
        if (node instanceof ObjectNode object && !object.isEmpty()) {
            object.properties().forEach(e -> leaves(e.getValue(), pointer + "/" + e.getKey(), leaf));
        } else if (node instanceof ArrayNode array && !array.isEmpty() && array.get(0).isObject()) {
            for (int i = 0; i < array.size(); i++) {
                leaves(array.get(i), pointer + "/" + i, leaf);
            }
        } else {
            leaf.accept(pointer, node.isContainerNode() && node.isEmpty());
        }
    }
}
