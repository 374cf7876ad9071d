package id.bagipakai.registry.service.synthetic;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.bagipakai.registry.domain.Nik;
import id.bagipakai.registry.domain.RegionDirectory;
import id.bagipakai.registry.domain.Sex;
import id.bagipakai.registry.domain.household.HouseholdDocument;
import id.bagipakai.registry.domain.household.Member;
import id.bagipakai.registry.domain.household.MemberCodes.Education;
import id.bagipakai.registry.domain.household.MemberCodes.MaritalStatus;
import id.bagipakai.registry.domain.household.MemberCodes.NoNikReason;
import id.bagipakai.registry.domain.household.MemberCodes.Relationship;
import id.bagipakai.contracts.codes.Ppks;
import id.bagipakai.registry.service.HouseholdRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * One pass over 20,000 households (seed fixed) gathers the statistics the tests check; the first
 * 5,000 also go through the registry's rules. Plain JUnit: no Quarkus, no database.
 */
class SyntheticHouseholdsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final int SAMPLE = 20_000;
    private static final int RULE_CHECKED = 5_000;

    private static ReferenceData reference;
    private static RegionDirectory regions;
    private static Map<String, Long> provincePopulation;
    private static long nationalPopulation;
    private static Stats stats;

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @BeforeAll
    static void generateSample() throws IOException {
        reference = ReferenceData.shared();
        Set<String> codes = new HashSet<>();
        try (BufferedReader in = reader(new GZIPInputStream(resource(ReferenceData.REGIONS_RESOURCE)))) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                codes.add(line.substring(0, line.indexOf(',')));
            }
        }
        regions = codes::contains;
        provincePopulation = new HashMap<>();
        try (BufferedReader in = reader(resource(ReferenceData.POPULATION_RESOURCE))) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",");
                long total = Long.parseLong(f[f.length - 1]);
                if (f[0].equals("0")) {
                    nationalPopulation = total;
                } else if (f[0].length() == 2) {
                    provincePopulation.put(f[0], total);
                }
            }
        }
        stats = new Stats();
        HouseholdRules rules = new HouseholdRules(regions, () -> TODAY);
        SyntheticHouseholds generator = new SyntheticHouseholds(reference, 20261124L);
        for (int i = 0; i < SAMPLE; i++) {
            HouseholdDocument doc = generator.next();
            if (i < RULE_CHECKED) {
                HouseholdRules.Outcome outcome = rules.apply(doc, true);
                if (!outcome.errors().isEmpty() && stats.ruleErrors.size() < 20) {
                    stats.ruleErrors.add(doc.location().regionCode() + ": " + outcome.errors());
                }
                stats.ruleErrorCount += outcome.errors().size();
                for (Member m : outcome.document().members()) {
                    if (m.qualityFlags() != null) {
                        m.qualityFlags().forEach(f -> stats.qualityFlags.merge(f, 1, Integer::sum));
                    }
                }
            }
            stats.add(doc);
        }
    }

    @Test
    void theSameSeedGivesTheSameHouseholdsByteForByte() throws Exception {
        SyntheticHouseholds a = new SyntheticHouseholds(reference, 7L);
        SyntheticHouseholds b = new SyntheticHouseholds(reference, 7L);
        for (int i = 0; i < 200; i++) {
            HouseholdDocument x = a.next();
            HouseholdDocument y = b.next();
            assertThat(x).isEqualTo(y);
            assertThat(JSON.writeValueAsString(x)).isEqualTo(JSON.writeValueAsString(y));
        }
        assertThat(a.generated()).isEqualTo(200);
    }

    @Test
    void differentSeedsGiveDifferentHouseholdsAndNoSharedNik() throws Exception {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        Set<String> niks = new HashSet<>();
        List<String> shared = new ArrayList<>();
        SyntheticHouseholds a = new SyntheticHouseholds(reference, 7L);
        SyntheticHouseholds b = new SyntheticHouseholds(reference, 8L);
        for (int i = 0; i < 2_000; i++) {
            HouseholdDocument x = a.next();
            HouseholdDocument y = b.next();
            if (i < 200) {
                first.add(JSON.writeValueAsString(x));
                second.add(JSON.writeValueAsString(y));
            }
            x.members().stream().map(Member::nik).filter(n -> n != null).forEach(niks::add);
            y.members().stream().map(Member::nik).filter(n -> n != null && niks.contains(n)).forEach(shared::add);
        }
        assertThat(shared).as("NIKs of seed 8 also made by seed 7").isEmpty();
        assertThat(second).isNotEqualTo(first);
        long same = 0;
        for (int i = 0; i < 200; i++) {
            same += first.get(i).equals(second.get(i)) ? 1 : 0;
        }
        assertThat(same).isZero();
    }

    @Test
    void streamIsLazyAndContinuesTheSequence() {
        SyntheticHouseholds a = new SyntheticHouseholds(reference, 99L);
        SyntheticHouseholds b = new SyntheticHouseholds(reference, 99L);
        List<HouseholdDocument> streamed = a.stream(50).toList();
        for (HouseholdDocument doc : streamed) {
            assertThat(doc).isEqualTo(b.next());
        }
        assertThat(a.next()).isEqualTo(b.next());
    }

    @Test
    void everyHouseholdPassesTheRegistrysRules() {
        assertThat(stats.ruleErrors).isEmpty();
        assertThat(stats.ruleErrorCount).isZero();
        // Sex is always encoded consistently; the date part disagrees for about 0.5 % on purpose.
        assertThat(stats.qualityFlags).doesNotContainKey(Member.QualityFlag.NIK_SEX_MISMATCH);
        double mismatch = stats.qualityFlags.getOrDefault(Member.QualityFlag.NIK_BIRTH_DATE_MISMATCH, 0)
                / (double) stats.nikHoldersChecked;
        assertThat(mismatch).isBetween(0.002, 0.01);
    }

    @Test
    void membersComeWithoutRegistryFieldsAndWithValidNiks() {
        assertThat(stats.withId).isZero();
        assertThat(stats.withQualityFlags).isZero();
        assertThat(stats.invalidNiks).isEmpty();
        assertThat(stats.nikInOwnDistrict / (double) stats.nikHolders).isBetween(0.85, 0.99);
        assertThat(stats.kkInOwnDistrict / (double) stats.households).isBetween(0.85, 0.99);
        assertThat(stats.withoutKk).isPositive();
    }

    @Test
    void noNikRepeatsWithinAGenerator() {
        assertThat(stats.duplicateNiks).isEmpty();
        assertThat(stats.nikHolders).isGreaterThan(60_000);
        assertThat(stats.duplicateKks).isEmpty();
    }

    @Test
    void aboutThreePercentOfMembersHaveNoNikEachWithAReason() {
        double share = stats.withoutNik / (double) stats.members;
        assertThat(share).isBetween(0.02, 0.04);
        assertThat(stats.withoutNikOrReason).isZero();
        assertThat(stats.reasons.keySet()).containsExactlyInAnyOrder(NoNikReason.values());
        assertThat(stats.childNotRegisteredAdults).isZero();
        assertThat(stats.withAlternativeIds).isPositive();
        // Remote-community and belief reasons come from rural villages.
        assertThat(stats.remoteOrBeliefUrban).isLessThan(stats.remoteOrBeliefRural / 5);
    }

    @Test
    void allProvincesAppearInProportionToPopulation() {
        assertThat(stats.byProvince.keySet()).hasSize(38).containsAll(provincePopulation.keySet());
        for (String province : List.of("32", "33", "35")) {
            double expected = provincePopulation.get(province) / (double) nationalPopulation;
            double actual = stats.byProvince.get(province) / (double) stats.households;
            assertThat(actual).as("share of province %s", province).isCloseTo(expected, within(0.25 * expected));
        }
        assertThat(stats.byProvince.get("32")).isGreaterThan(stats.byProvince.get("35"));
        assertThat(stats.byProvince.get("35")).isGreaterThan(stats.byProvince.get("33"));
        // Villages are drawn uniformly within a regency, and kelurahan are few but populous: urban
        // households come out at about a quarter (BPS counts about 57 % of people as urban).
        assertThat(stats.urban).isBetween(stats.households / 6, stats.households / 2);
    }

    @Test
    void compositionIsRealistic() {
        double meanSize = stats.members / (double) stats.households;
        assertThat(meanSize).isBetween(3.5, 4.1);
        assertThat(stats.maxSize).isLessThanOrEqualTo(11);
        assertThat(stats.bySize.keySet()).contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(stats.withSpouse / (double) stats.households).isBetween(0.6, 0.85);
        assertThat(stats.relationships.keySet()).containsAll(EnumSet.allOf(Relationship.class));
        assertThat(stats.inconsistencies).isEmpty();
        assertThat(stats.sexes.get(Sex.FEMALE) / (double) stats.members).isBetween(0.45, 0.55);
    }

    @Test
    void vulnerabilitiesAppearAtPlausibleRates() {
        double disabled = stats.disabled / (double) stats.members;
        assertThat(disabled).isBetween(0.02, 0.04);
        assertThat(stats.disabledElderly / (double) stats.elderly).isGreaterThan(3 * disabled);
        double ppksHouseholds = stats.householdsWithPpks / (double) stats.households;
        assertThat(ppksHouseholds).isBetween(0.02, 0.10);
        assertThat(stats.ppks.keySet()).contains(Ppks.NEGLECTED_ELDERLY, Ppks.PERSON_WITH_DISABILITY,
                Ppks.CHILD_WITH_DISABILITY, Ppks.DESTITUTE, Ppks.REMOTE_ADAT_COMMUNITY);
        assertThat(stats.pregnant).isPositive();
        assertThat(stats.badPregnancies).isEmpty();
        assertThat(stats.withProgrammes).isBetween(stats.households / 5, stats.households * 7 / 10);
        assertThat(stats.withCoordinates).isGreaterThan(stats.households / 2);
        assertThat(stats.coordinatesOutside).isZero();
    }

    @Test
    void regenciesMissingOnEitherSideAreHandled() {
        String regionsCsv = """
                code,level,name
                11,province,Aceh
                11.01,regency,A
                11.01.01,district,A1
                11.01.01.2001,village,"Desa, Satu"
                11.01.01.1002,village,Kelurahan Dua
                11.02,regency,B
                11.02.03,district,B3
                11.02.03.2001,village,Desa Tiga
                11.03,regency,C
                11.03.04,district,C4
                11.03.04.2001,village,Desa Empat
                """;
        String populationCsv = """
                code,name,male,female,total
                0,INDONESIA,500,500,1000
                11,Aceh,500,500,1000
                11.01,A,300,300,600
                11.04,Without villages,50,50,100
                """;
        ReferenceData small = ReferenceData.load(
                new ByteArrayInputStream(regionsCsv.getBytes(StandardCharsets.UTF_8)),
                new ByteArrayInputStream(populationCsv.getBytes(StandardCharsets.UTF_8)));

        assertThat(small.regencyCount()).isEqualTo(3);
        assertThat(small.villageCount()).isEqualTo(4);
        assertThat(small.regenciesWithoutVillages()).isEqualTo(1);
        assertThat(small.regenciesWithoutPopulation()).isEqualTo(2);
        // 11.02 and 11.03 share what the province total leaves over: 200 each.
        assertThat(small.population()).isEqualTo(1000);

        Set<String> codes = Set.of("11", "11.01", "11.01.01", "11.01.01.2001", "11.01.01.1002", "11.02", "11.02.03",
                "11.02.03.2001", "11.03", "11.03.04", "11.03.04.2001");
        HouseholdRules rules = new HouseholdRules(codes::contains, () -> TODAY);
        Map<String, Integer> byRegency = new TreeMap<>();
        SyntheticHouseholds generator = small.generator(3);
        for (int i = 0; i < 2_000; i++) {
            HouseholdDocument doc = generator.next();
            assertThat(rules.apply(doc, true).errors()).isEmpty();
            byRegency.merge(doc.location().regionCode().substring(0, 5), 1, Integer::sum);
        }
        assertThat(byRegency.keySet()).containsExactly("11.01", "11.02", "11.03");
        assertThat(byRegency.get("11.01") / 2_000.0).isCloseTo(0.6, within(0.05));
    }

    @Test
    void theReferenceDataIsLoadedOnce() {
        assertThat(ReferenceData.shared()).isSameAs(reference);
        assertThat(new SyntheticHouseholds(1L).reference()).isSameAs(reference);
        assertThat(reference.regencyCount()).isGreaterThan(500);
        assertThat(reference.villageCount()).isGreaterThan(80_000);
    }

    // ------------------------------------------------------------------------------------------

    private static final class Stats {
        final List<String> ruleErrors = new ArrayList<>();
        int ruleErrorCount;
        final Map<Member.QualityFlag, Integer> qualityFlags = new EnumMap<>(Member.QualityFlag.class);
        int nikHoldersChecked;
        int households;
        int members;
        int maxSize;
        int urban;
        int withSpouse;
        int withoutNik;
        int withoutNikOrReason;
        int withAlternativeIds;
        int childNotRegisteredAdults;
        int remoteOrBeliefUrban;
        int remoteOrBeliefRural;
        int nikHolders;
        int nikInOwnDistrict;
        int kkInOwnDistrict;
        int withoutKk;
        int withId;
        int withQualityFlags;
        int disabled;
        int elderly;
        int disabledElderly;
        int householdsWithPpks;
        int pregnant;
        int withProgrammes;
        int withCoordinates;
        int coordinatesOutside;
        final Set<String> niks = new HashSet<>(100_000);
        final Set<String> kks = new HashSet<>(30_000);
        final List<String> duplicateNiks = new ArrayList<>();
        final List<String> duplicateKks = new ArrayList<>();
        final List<String> invalidNiks = new ArrayList<>();
        final List<String> inconsistencies = new ArrayList<>();
        final List<String> badPregnancies = new ArrayList<>();
        final Map<String, Integer> byProvince = new TreeMap<>();
        final Map<Integer, Integer> bySize = new TreeMap<>();
        final Map<NoNikReason, Integer> reasons = new EnumMap<>(NoNikReason.class);
        final Map<Relationship, Integer> relationships = new EnumMap<>(Relationship.class);
        final Map<Sex, Integer> sexes = new EnumMap<>(Sex.class);
        final Map<Ppks, Integer> ppks = new EnumMap<>(Ppks.class);

        void add(HouseholdDocument doc) {
            households++;
            String village = doc.location().regionCode();
            String district = village.substring(0, 8).replace(".", "");
            boolean isUrban = doc.location().urban();
            urban += isUrban ? 1 : 0;
            byProvince.merge(village.substring(0, 2), 1, Integer::sum);
            int size = doc.members().size();
            members += size;
            maxSize = Math.max(maxSize, size);
            bySize.merge(size, 1, Integer::sum);
            if (doc.kkNumber() == null) {
                withoutKk++;
            } else {
                kkInOwnDistrict += doc.kkNumber().startsWith(district) ? 1 : 0;
                if (!kks.add(doc.kkNumber())) {
                    duplicateKks.add(doc.kkNumber());
                }
            }
            if (!doc.programmesReceived().isEmpty()) {
                withProgrammes++;
            }
            if (doc.location().coordinates() != null) {
                withCoordinates++;
                double lat = doc.location().coordinates().latitude();
                double lon = doc.location().coordinates().longitude();
                if (lat < -11 || lat > 6 || lon < 95 || lon > 141) {
                    coordinatesOutside++;
                }
            }
            Member head = doc.members().stream().filter(m -> m.relationship() == Relationship.HEAD).findFirst()
                    .orElseThrow();
            Member spouse = doc.members().stream().filter(m -> m.relationship() == Relationship.SPOUSE).findFirst()
                    .orElse(null);
            withSpouse += spouse != null ? 1 : 0;
            boolean anyPpks = false;
            for (Member m : doc.members()) {
                int age = TODAY.getYear() - m.birthYear();
                relationships.merge(m.relationship(), 1, Integer::sum);
                sexes.merge(m.sex(), 1, Integer::sum);
                withId += hasRegistryId(m) ? 1 : 0;
                withQualityFlags += m.qualityFlags() != null ? 1 : 0;
                if (households <= RULE_CHECKED && m.nik() != null) {
                    nikHoldersChecked++;
                }
                if (m.nik() == null) {
                    withoutNik++;
                    if (m.noNik() == null || m.noNik().reason() == null) {
                        withoutNikOrReason++;
                        continue;
                    }
                    NoNikReason reason = m.noNik().reason();
                    reasons.merge(reason, 1, Integer::sum);
                    withAlternativeIds += m.noNik().alternativeIds().isEmpty() ? 0 : 1;
                    if (reason == NoNikReason.CHILD_NOT_REGISTERED && age >= 18) {
                        childNotRegisteredAdults++;
                    }
                    if (reason == NoNikReason.REMOTE_COMMUNITY || reason == NoNikReason.REFUSED_ON_BELIEF_OR_CUSTOM) {
                        if (isUrban) {
                            remoteOrBeliefUrban++;
                        } else {
                            remoteOrBeliefRural++;
                        }
                    }
                } else {
                    nikHolders++;
                    if (!niks.add(m.nik())) {
                        duplicateNiks.add(m.nik());
                    }
                    nikInOwnDistrict += m.nik().startsWith(district) ? 1 : 0;
                    Nik.Check check = Nik.check(m.nik(), regions, TODAY);
                    if (!check.valid()) {
                        invalidNiks.add(check.problems().toString());
                    } else if (check.nik().orElseThrow().sex() != m.sex()) {
                        invalidNiks.add("sex not encoded");
                    }
                }
                if (m.disability() != null && m.disability().any()) {
                    disabled++;
                }
                if (age >= 60) {
                    elderly++;
                    disabledElderly += m.disability() != null && m.disability().any() ? 1 : 0;
                }
                if (m.ppks() != null && !m.ppks().isEmpty()) {
                    anyPpks = true;
                    m.ppks().forEach(p -> ppks.merge(p, 1, Integer::sum));
                }
                if (Boolean.TRUE.equals(m.pregnant())) {
                    pregnant++;
                    if (m.sex() != Sex.FEMALE || age < 10 || age > 54) {
                        badPregnancies.add(m.sex() + " " + age);
                    }
                }
                if (m.pregnant() != null && (m.sex() != Sex.FEMALE || age < 10 || age > 54)) {
                    badPregnancies.add("asked of " + m.sex() + " " + age);
                }
                consistency(doc, head, spouse, m, age);
            }
            householdsWithPpks += anyPpks ? 1 : 0;
        }

        private void consistency(HouseholdDocument doc, Member head, Member spouse, Member m, int age) {
            int headAge = TODAY.getYear() - head.birthYear();
            String where = doc.location().regionCode() + " " + m.relationship() + " " + age + ": ";
            if (age < 16 && m.maritalStatus() != MaritalStatus.SINGLE) {
                inconsistencies.add(where + m.maritalStatus());
            }
            if (m.relationship() == Relationship.SPOUSE && m.maritalStatus() != MaritalStatus.MARRIED) {
                inconsistencies.add(where + "spouse " + m.maritalStatus());
            }
            if (m.relationship() == Relationship.HEAD && age < 16) {
                inconsistencies.add(where + "head too young");
            }
            if ((m.relationship() == Relationship.CHILD || m.relationship() == Relationship.GRANDCHILD) && age >= headAge) {
                inconsistencies.add(where + "not younger than the head " + headAge);
            }
            if (m.relationship() == Relationship.GRANDCHILD && headAge - age < 20) {
                inconsistencies.add(where + "grandchild of a head of " + headAge);
            }
            if (m.relationship() == Relationship.PARENT && age - headAge < 15) {
                inconsistencies.add(where + "parent of a head of " + headAge);
            }
            if (m.relationship() == Relationship.PARENT_IN_LAW && spouse != null
                    && age - (TODAY.getYear() - spouse.birthYear()) < 15) {
                inconsistencies.add(where + "parent-in-law too young");
            }
            Education e = m.education();
            if (e != null) {
                int minAge = switch (e) {
                    case NONE -> 5;
                    case SD, PAKET_A -> 12;
                    case SMP, PAKET_B -> 14;
                    case SMA, SMK, PAKET_C -> 17;
                    case D1_D3 -> 19;
                    case D4_S1 -> 20;
                    case S2 -> 22;
                    case S3 -> 25;
                };
                if (age < minAge) {
                    inconsistencies.add(where + e);
                }
            } else if (age >= 6) {
                inconsistencies.add(where + "no education recorded");
            }
        }
    }

    /** The accessor of the registry's member id, whatever it is called: the record's only UUID. */
    private static final Method MEMBER_ID = Arrays.stream(Member.class.getRecordComponents())
            .filter(c -> c.getType() == UUID.class).map(RecordComponent::getAccessor).findFirst().orElseThrow();

    private static boolean hasRegistryId(Member m) {
        try {
            return MEMBER_ID.invoke(m) != null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = SyntheticHouseholdsTest.class.getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
