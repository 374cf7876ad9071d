package id.bagipakai.gateway.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bagipakai.contracts.codes.Ppks;
import id.bagipakai.gateway.domain.AgreementGrant;
import id.bagipakai.policy.AccessMode;
import id.bagipakai.policy.AgreementStatus;
import id.bagipakai.policy.AgreementTerms;
import id.bagipakai.policy.ConsentLedger;
import id.bagipakai.policy.ConsentRecord;
import id.bagipakai.policy.ConsentScope;
import id.bagipakai.policy.ConsentState;
import id.bagipakai.policy.DeliveryMode;
import id.bagipakai.policy.HouseholdFacts;
import id.bagipakai.policy.HouseholdFields;
import id.bagipakai.policy.LegalBasis;
import id.bagipakai.policy.MemberFacts;
import id.bagipakai.policy.Purpose;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Random situations for the enforcement chain: an agreement as the gateway holds it, who asks
 * for which record, and a household event as JSON (with fields the catalogue does not know) with
 * the facts and the members' consents that go with it. Most draws pass the household-wide
 * checks, so that the member and field rules are reached; every way of failing them still appears.
 */
final class EnforcementCases {

    static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    static final String STREAM = "household-events";
    static final String ROLE = "stream:household-events";
    static final String AGENCY = "dinsos-bandung";
    static final String AGREEMENT = "pks-1";
    static final List<Purpose> PURPOSES = List.of(Purpose.SOCIAL_ASSISTANCE_TARGETING, Purpose.REHABILITATION_SERVICES);
    static final List<String> EVENT_TYPES = List.of("HouseholdRegistered", "HouseholdUpdated", "MemberAdded");

    /** What can go wrong around the agreement itself, apart from its terms. */
    enum Mishap { NO_ROLE, UNCONFIGURED_STREAM, OTHER_AGENCY, AGENCY_SUSPENDED, STREAM_NOT_CARRIED, MODE_NOT_CARRIED,
        EVENT_TYPE_NOT_COVERED }

    /** A member as the event carries it, with the consents of that member the gateway knows. */
    record Member(String id, LocalDate birthDate, Integer estimatedBirthYear, Set<Ppks> ppks, ObjectNode json,
                  List<ConsentRecord> consents) {
        MemberFacts facts() {
            return new MemberFacts(id, birthDate, estimatedBirthYear, ppks);
        }
    }

    /** One record on its way to one agency: everything the chain is given, and the members behind it. */
    record Case(AgreementGrant grant, String agency, Set<String> roles, String stream, DeliveryMode mode,
                String eventType, String region, List<Member> members, ObjectNode record, Set<Mishap> mishaps) {

        AgreementTerms terms() {
            return grant.terms();
        }

        DisclosureRequest request() {
            // a member who never answered has no ledger
            Map<String, ConsentLedger> ledgers = new HashMap<>();
            members.stream().filter(m -> !m.consents().isEmpty())
                    .forEach(m -> ledgers.put(m.id(), ConsentLedger.of(m.id(), m.consents())));
            HouseholdFacts facts = new HouseholdFacts(region, members.stream().map(Member::facts).toList());
            return new DisclosureRequest(agency, roles, stream, mode, grant, eventType, record.deepCopy(), facts,
                    ledgers, NOW);
        }
    }

    // ---- agreements ----

    /** Pointers around the interesting boundaries (whole objects, members, specific data), drawn often. */
    private static final List<String> INTERESTING = List.of("/members", "/members/*", "/members/*/memberId",
            "/members/*/name", "/members/*/ppks", "/members/*/disability", "/members/*/disability/walking",
            "/members/*/chronicIllness", "/members/*/pregnant", "/members/*/noNik",
            "/members/*/noNik/alternativeIds/*/issuer", "/members/*/work", "/location", "/location/regionCode",
            "/housing", "/kkNumber",
            // result grants: they release nothing of a household event
            "/welfare", "/eligibility/reasons");
    private static final List<String> REGIONS = List.of("32.73.01.1001", "32.73.02.2005", "32.04.01.1001",
            "31.71.01.1001", "32.731.01.1001");
    private static final List<String> REGION_PREFIXES = List.of("32", "32.73", "32.73.01", "32.73.01.1001", "32.04",
            "31", "11");
    static final List<Ppks> PPKS_POOL = List.of(Ppks.HOMELESS, Ppks.DESTITUTE, Ppks.NEGLECTED_ELDERLY,
            Ppks.PERSON_LIVING_WITH_HIV, Ppks.PERSON_WITH_DISABILITY, Ppks.CHILD_IN_CONFLICT_WITH_LAW);

    private record Terms(AgreementStatus status, long fromHours, long untilHours, Purpose purpose, LegalBasis basis,
                         Set<String> fields, Set<String> regions, Set<Ppks> ppks) {
    }

    private static Arbitrary<Terms> terms() {
        Arbitrary<AgreementStatus> status = mostly(25, Arbitraries.just(AgreementStatus.ACTIVE),
                Arbitraries.of(AgreementStatus.class));
        // now itself is in force at the window's first instant, not at its last
        Arbitrary<Long> from = Arbitraries.frequencyOf(Tuple.of(24, hours(-24 * 60, -1)),
                Tuple.of(1, Arbitraries.just(0L)), Tuple.of(1, hours(1, 72)));
        Arbitrary<Long> until = Arbitraries.frequencyOf(Tuple.of(24, hours(1, 24 * 60)),
                Tuple.of(1, Arbitraries.just(0L)), Tuple.of(1, hours(-72, -1)));
        Arbitrary<LegalBasis> basis = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(LegalBasis.EXPLICIT_CONSENT)),
                Tuple.of(3, Arbitraries.just(LegalBasis.PUBLIC_TASK)), Tuple.of(3, Arbitraries.of(LegalBasis.class)));
        Arbitrary<String> pointer = mostly(1, Arbitraries.of(List.copyOf(HouseholdFields.grantable())),
                Arbitraries.of(INTERESTING));
        Arbitrary<Set<String>> fields = mostly(49, pointer.set().ofMinSize(1).ofMaxSize(6),
                Arbitraries.just(Set.<String>of()));
        // mostly a province or regency that holds most households, sometimes any few prefixes
        Arbitrary<Set<String>> regions = Arbitraries.frequencyOf(
                Tuple.of(20, Arbitraries.of("32", "32.73").map(Set::of)),
                Tuple.of(10, Arbitraries.of(REGION_PREFIXES).set().ofMinSize(1).ofMaxSize(3)),
                Tuple.of(1, Arbitraries.just(Set.<String>of())));
        Arbitrary<Set<Ppks>> ppks = mostly(2, Arbitraries.just(Set.<Ppks>of()),
                Arbitraries.of(PPKS_POOL).set().ofMinSize(1).ofMaxSize(3));
        Arbitrary<Purpose> purpose = Arbitraries.of(PURPOSES);
        return Combinators.combine(status, from, until, purpose, basis, fields, regions, ppks).as(Terms::new);
    }

    private static AgreementGrant grant(Terms t, Set<String> eventTypes, Set<DeliveryMode> modes, AccessMode access,
                                        Set<Mishap> mishaps) {
        long until = Math.max(t.untilHours(), t.fromHours() + 1);
        AgreementTerms terms = new AgreementTerms(AGREEMENT, "agency-1", t.status(), t.purpose(), t.basis(), eventTypes,
                t.fields(), t.regions(), t.ppks(), access, NOW.plus(Duration.ofHours(t.fromHours())),
                NOW.plus(Duration.ofHours(until)));
        return new AgreementGrant(terms, mishaps.contains(Mishap.OTHER_AGENCY) ? "dinsos-garut" : AGENCY,
                !mishaps.contains(Mishap.AGENCY_SUSPENDED),
                mishaps.contains(Mishap.STREAM_NOT_CARRIED) ? Set.of("programme-events")
                        : Set.of(STREAM, "programme-events"),
                modes, 3, NOW.minusSeconds(3600));
    }

    // ---- the whole case ----

    static Arbitrary<Case> cases() {
        Arbitrary<Set<Mishap>> mishaps = mostly(7, Arbitraries.just(Set.<Mishap>of()),
                Arbitraries.of(Mishap.class).set().ofMinSize(1).ofMaxSize(2));
        Arbitrary<String> region = Arbitraries.frequencyOf(Tuple.of(15, Arbitraries.just(REGIONS.get(0))),
                Tuple.of(5, Arbitraries.of(REGIONS)), Tuple.of(1, Arbitraries.just((String) null)));
        Arbitrary<List<Member>> members = mostly(15, memberDraft().list().ofMinSize(1).ofMaxSize(5),
                        memberDraft().list().ofMaxSize(0))
                .map(drafts -> IntStream.range(0, drafts.size()).mapToObj(i -> drafts.get(i).member("m" + i)).toList());
        Arbitrary<Envelope> envelope = Combinators.combine(Arbitraries.of(EVENT_TYPES),
                Arbitraries.of(EVENT_TYPES).set(), Arbitraries.of(Extra.class).set(),
                Arbitraries.of(DeliveryMode.class), Arbitraries.of(DeliveryMode.class).set(),
                Arbitraries.of(AccessMode.class)).as(Envelope::new);
        return Combinators.combine(terms(), mishaps, envelope, region, householdDraft(), members)
                .as((t, m, e, r, h, ms) -> assemble(t, m, e, r, h, ms));
    }

    private static Case assemble(Terms t, Set<Mishap> mishaps, Envelope e, String region, HouseholdDraft h,
                                 List<Member> members) {
        Set<String> types = new HashSet<>(e.otherTypes());
        if (mishaps.contains(Mishap.EVENT_TYPE_NOT_COVERED)) {
            types.remove(e.eventType());
        } else {
            types.add(e.eventType());
        }
        Set<DeliveryMode> modes = EnumSet.noneOf(DeliveryMode.class);
        modes.addAll(e.otherModes());
        if (mishaps.contains(Mishap.MODE_NOT_CARRIED)) {
            modes.remove(e.mode());
        } else {
            modes.add(e.mode());
        }
        Set<String> roles = mishaps.contains(Mishap.NO_ROLE) ? Set.of("agency") : Set.of("agency", ROLE);
        String stream = mishaps.contains(Mishap.UNCONFIGURED_STREAM) ? "audit-events" : STREAM;
        ObjectNode record = e.json();
        record.set("household", h.json(region, members));
        return new Case(grant(t, types, modes, e.access(), mishaps), AGENCY, roles, stream, e.mode(), e.eventType(),
                region, members, record, mishaps);
    }

    /** Event-level fields outside the envelope: who changed it, what changed, a field from a newer producer. */
    enum Extra { CHANGED_BY, CHANGED_PATHS, DEPARTED_MEMBER, BRAND_NEW }

    /** The event's envelope and extras, and around it the agreement's event types, delivery and access. */
    private record Envelope(String eventType, Set<String> otherTypes, Set<Extra> extras, DeliveryMode mode,
                            Set<DeliveryMode> otherModes, AccessMode access) {
        ObjectNode json() {
            ObjectNode e = JsonNodeFactory.instance.objectNode().put("eventId", "e-1").put("eventType", eventType)
                    .put("householdId", "h-1").put("version", 7).put("occurredAt", "2026-11-24T07:59:00Z")
                    .put("agreementId", AGREEMENT);
            extras.forEach(x -> {
                switch (x) {
                    case CHANGED_BY -> e.put("changedBy", "operator-7");
                    case CHANGED_PATHS -> e.putArray("changedPaths").add("/members/0/name");
                    case DEPARTED_MEMBER -> e.put("departedMemberId", "m-gone");
                    case BRAND_NEW -> e.putObject("brandNewTopField").put("secret", true);
                }
            });
            return e;
        }
    }

    // ---- households ----

    /** Household-level leaves that may be filled; objects along the way are created as needed. */
    private static final List<String> HOUSEHOLD_LEAVES = List.of("/kkNumber", "/location/sls", "/location/address",
            "/location/coordinates/latitude", "/housing/tenure", "/housing/floorAreaM2", "/housing/roof",
            "/assets/car", "/assets/smartphone", "/livestock/cattle", "/programmesReceived");
    /** Where a newer producer may have added a field this gateway's catalogue does not know. */
    private static final List<String> HOUSEHOLD_UNKNOWN = List.of("/brandNewField", "/location/what3words",
            "/housing/solarPanels");

    private record HouseholdDraft(Set<String> filled, Set<String> nulled, Set<String> unknown) {
        ObjectNode json(String region, List<Member> members) {
            ObjectNode h = JsonNodeFactory.instance.objectNode();
            if (region != null) {
                h.putObject("location").put("regionCode", region);
            } else {
                h.putNull("location");
            }
            for (String leaf : filled) {
                if (region != null || !leaf.startsWith("/location")) {
                    put(h, leaf, nulled.contains(leaf) ? JsonNodeFactory.instance.nullNode() : value(leaf, "h"));
                }
            }
            for (String leaf : unknown) {
                if (region != null || !leaf.startsWith("/location")) {
                    put(h, leaf, JsonNodeFactory.instance.objectNode().put("secret", true));
                }
            }
            ArrayNode array = h.putArray("members");
            members.forEach(m -> array.add(m.json()));
            return h;
        }
    }

    private static Arbitrary<HouseholdDraft> householdDraft() {
        return Combinators.combine(Arbitraries.of(HOUSEHOLD_LEAVES).set(),
                Arbitraries.of(HOUSEHOLD_LEAVES).set().ofMaxSize(2), Arbitraries.of(HOUSEHOLD_UNKNOWN).set())
                .as(HouseholdDraft::new);
    }

    // ---- members ----

    /** Member-level leaves (below {@code /members/*}) that may be filled, beyond the required ones. */
    private static final List<String> MEMBER_LEAVES = List.of("/nik", "/noNik/reason", "/noNik/alternativeIds",
            "/maritalStatus", "/pregnant", "/schoolParticipation", "/education", "/work/status", "/work/sector",
            "/disability/seeing", "/disability/walking", "/disability/selfCare", "/chronicIllness", "/jknStatus",
            "/qualityFlags");
    private static final List<String> MEMBER_UNKNOWN = List.of("/brandNewField", "/disability/newDomain",
            "/work/employer", "/noNik/alternativeIds/*/checksum");

    private record MemberDraft(int birthKind, LocalDate born, Set<Ppks> ppks, Set<String> filled, Set<String> nulled,
                               Set<String> unknown, List<ConsentRecord> consents) {
        Member member(String id) {
            LocalDate birthDate = birthKind == 0 ? born : null;
            Integer year = birthKind == 1 ? born.getYear() : null;
            JsonNodeFactory f = JsonNodeFactory.instance;
            ObjectNode m = f.objectNode().put("memberId", id).put("name", "Nama " + id)
                    .put("relationship", "CHILD " + id).put("sex", "FEMALE " + id);
            if (birthDate != null) {
                m.put("birthDate", birthDate.toString());
            } else {
                m.putNull("birthDate");
            }
            if (year != null) {
                m.put("estimatedBirthYear", year);
            } else {
                m.putNull("estimatedBirthYear");
            }
            ArrayNode codes = m.putArray("ppks");
            ppks.forEach(p -> codes.add(p.name()));
            for (String leaf : filled) {
                put(m, leaf, nulled.contains(leaf) ? f.nullNode() : value(leaf, id));
            }
            for (String leaf : unknown) {
                if (leaf.contains("/*/")) {
                    if (m.at("/noNik/alternativeIds") instanceof ArrayNode ids) {
                        ids.forEach(x -> ((ObjectNode) x).put("checksum", "c-" + id));
                    }
                } else {
                    put(m, leaf, f.textNode("secret of " + id));
                }
            }
            List<ConsentRecord> own = IntStream.range(0, consents.size()).mapToObj(i -> {
                ConsentRecord r = consents.get(i);
                return new ConsentRecord("c-" + id + "-" + i, id, r.scope(), r.state(), r.givenAt(), r.objection(),
                        r.guardianPresent());
            }).toList();
            return new Member(id, birthDate, year, ppks, m, own);
        }
    }

    private static Arbitrary<MemberDraft> memberDraft() {
        LocalDate coming = NOW.atOffset(java.time.ZoneOffset.UTC).toLocalDate().minusYears(18);
        Arbitrary<LocalDate> born = Arbitraries.frequencyOf(
                Tuple.of(7, hours(0, 365 * 76).map(d -> LocalDate.of(1950, 1, 1).plusDays(d))),
                // on the eve of the eighteenth birthday, the day, the day after: a grant needs a guardian or not
                Tuple.of(3, hours(-2, 2).map(coming::plusDays)));
        Arbitrary<Integer> birthKind = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(0)), Tuple.of(3, Arbitraries.just(1)), Tuple.of(1, Arbitraries.just(2)));
        Arbitrary<Set<Ppks>> ppks = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(PPKS_POOL)), Tuple.of(1, Arbitraries.of(Ppks.class))).set().ofMaxSize(3);
        return Combinators.combine(birthKind, born, ppks, Arbitraries.of(MEMBER_LEAVES).set(),
                Arbitraries.of(MEMBER_LEAVES).set().ofMaxSize(2), Arbitraries.of(MEMBER_UNKNOWN).set().ofMaxSize(2),
                consent().list().ofMaxSize(4)).as(MemberDraft::new);
    }

    private static Arbitrary<ConsentRecord> consent() {
        Arbitrary<ConsentScope> scope = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.just(new ConsentScope.OfAgreement(AGREEMENT))),
                Tuple.of(1, Arbitraries.just(new ConsentScope.OfAgreement("pks-2"))),
                Tuple.of(4, Arbitraries.of(PURPOSES).map(ConsentScope.OfPurpose::new)));
        Arbitrary<ConsentState> state = Arbitraries.frequency(Tuple.of(7, ConsentState.GRANTED),
                Tuple.of(1, ConsentState.REFUSED), Tuple.of(1, ConsentState.WITHDRAWN));
        // a few shared instants so that answers tie (now, 23:00 WIB yesterday, a day ago); some lie in the future
        Arbitrary<Long> hoursAgo = Arbitraries.frequencyOf(Tuple.of(7, hours(-48, 24 * 400)),
                Tuple.of(3, Arbitraries.of(0L, 16L, 24L)));
        Arbitrary<Boolean> objection = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(false)),
                Tuple.of(1, Arbitraries.just(true)));
        return Combinators.combine(scope, state, hoursAgo, objection, Arbitraries.of(true, false))
                .as((s, st, ago, obj, guardian) -> new ConsentRecord("?", "?", s, st, NOW.minus(Duration.ofHours(ago)),
                        obj, guardian));
    }

    // ---- JSON ----

    /** A value for a catalogue leaf; text carries the owner's id so a released member can be told apart. */
    private static JsonNode value(String leaf, String owner) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (leaf) {
            case "/pregnant", "/chronicIllness", "/assets/car", "/assets/smartphone" ->
                    f.booleanNode(owner.hashCode() % 2 == 0);
            case "/housing/floorAreaM2", "/location/coordinates/latitude" -> f.numberNode(36.5);
            case "/livestock/cattle" -> f.numberNode(2);
            case "/programmesReceived" -> f.arrayNode().add("PKH").add("BPNT");
            case "/qualityFlags" -> f.arrayNode().add("NIK_UNVERIFIED " + owner);
            case "/noNik/alternativeIds" -> f.arrayNode()
                    .add(f.objectNode().put("issuer", "DUKCAPIL " + owner).put("issuerName", "Disdukcapil")
                            .put("value", "A-" + owner))
                    .add(f.objectNode().put("issuer", "SCHOOL " + owner).putNull("issuerName")
                            .put("value", "B-" + owner));
            default -> f.textNode(leaf.substring(leaf.lastIndexOf('/') + 1) + " of " + owner);
        };
    }

    /** Sets the value at a pointer of plain field names, creating the objects on the way. */
    private static void put(ObjectNode root, String pointer, JsonNode value) {
        String[] parts = pointer.substring(1).split("/");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.get(parts[i]) instanceof ObjectNode child ? child : node.putObject(parts[i]);
        }
        node.set(parts[parts.length - 1], value);
    }

    /** {@code usual} {@code odds} times for each {@code rare}. */
    private static <T> Arbitrary<T> mostly(int odds, Arbitrary<T> usual, Arbitrary<T> rare) {
        return Arbitraries.frequencyOf(Tuple.of(odds, usual), Tuple.of(1, rare));
    }

    /** Spread evenly: jqwik's default leans towards small numbers. */
    private static Arbitrary<Long> hours(long min, long max) {
        return Arbitraries.longs().between(min, max).withDistribution(RandomDistribution.uniform());
    }

    private EnforcementCases() {
    }
}
