package id.bagipakai.registry.service.synthetic;

import id.bagipakai.registry.domain.Sex;
import id.bagipakai.registry.domain.household.AlternativeId;
import id.bagipakai.registry.domain.household.Assets;
import id.bagipakai.registry.domain.household.Coordinates;
import id.bagipakai.registry.domain.household.Disability;
import id.bagipakai.registry.domain.household.HouseholdDocument;
import id.bagipakai.registry.domain.household.Housing;
import id.bagipakai.registry.domain.household.HousingCodes.CookingFuel;
import id.bagipakai.registry.domain.household.HousingCodes.DrinkingWater;
import id.bagipakai.registry.domain.household.HousingCodes.FinalDisposal;
import id.bagipakai.registry.domain.household.HousingCodes.FloorMaterial;
import id.bagipakai.registry.domain.household.HousingCodes.InstalledPower;
import id.bagipakai.registry.domain.household.HousingCodes.Lighting;
import id.bagipakai.registry.domain.household.HousingCodes.RoofMaterial;
import id.bagipakai.registry.domain.household.HousingCodes.Tenure;
import id.bagipakai.registry.domain.household.HousingCodes.ToiletFacility;
import id.bagipakai.registry.domain.household.HousingCodes.ToiletType;
import id.bagipakai.registry.domain.household.HousingCodes.WallMaterial;
import id.bagipakai.registry.domain.household.Livestock;
import id.bagipakai.registry.domain.household.Location;
import id.bagipakai.registry.domain.household.Member;
import id.bagipakai.registry.domain.household.MemberCodes.AlternativeIdIssuer;
import id.bagipakai.registry.domain.household.MemberCodes.Difficulty;
import id.bagipakai.registry.domain.household.MemberCodes.Education;
import id.bagipakai.registry.domain.household.MemberCodes.JknStatus;
import id.bagipakai.registry.domain.household.MemberCodes.MaritalStatus;
import id.bagipakai.registry.domain.household.MemberCodes.NoNikReason;
import id.bagipakai.registry.domain.household.MemberCodes.Relationship;
import id.bagipakai.registry.domain.household.MemberCodes.SchoolParticipation;
import id.bagipakai.registry.domain.household.MemberCodes.WorkStatus;
import id.bagipakai.registry.domain.household.NoNik;
import id.bagipakai.contracts.codes.Ppks;
import id.bagipakai.registry.domain.household.Programme;
import id.bagipakai.registry.domain.household.Work;
import id.bagipakai.registry.service.synthetic.Names.Culture;
import id.bagipakai.registry.service.synthetic.Provinces.Profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A deterministic generator of realistic Regsosek households, for tests, demos and benchmarks.
 *
 * <p><b>Determinism.</b> Everything comes from one SplitMix64 stream seeded with {@code seed}, plus
 * seed-independent hashes of region codes (whether a village is remote, where it lies), a fixed
 * reference date {@link #asOf()} (never the clock) and {@link StrictMath}; sets are {@link EnumSet}s
 * (fixed iteration order). The same seed therefore gives the same sequence of documents, equal as
 * records and byte-identical as JSON, on any machine; another seed gives another sequence.
 *
 * <p><b>Memory.</b> {@link #next()} keeps nothing of the households it returns: the only state is
 * the random stream, a household counter and the {@link NikAllocator}'s per-district counters, whose
 * size is fixed by the number of districts. Millions of households can be streamed.
 *
 * <p><b>Validity.</b> Every document passes {@code HouseholdRules} for a registration (existing
 * village, KK and NIK districts that exist, one HEAD, a birth date or estimated year for everyone,
 * pregnancy only for women 10 to 54, no NIK twice, no member ids) when the rules' "today" is on or
 * after {@link #asOf()}; no birth date is after asOf. Members have neither ids nor quality flags:
 * those are the registry's. About 0.5 % of NIK holders get a recorded birth date that disagrees with
 * the NIK's date part, which the registry flags (NIK_BIRTH_DATE_MISMATCH); nobody else is flagged
 * while "today" is before {@code asOf.year + 2} (nobody is older than 98, so no two-digit NIK year is
 * read in the wrong century until then).
 *
 * <p><b>NIK uniqueness.</b> See {@link NikAllocator}: unique within a generator by construction,
 * and collisions across seeds are improbable for test-sized runs. KK numbers are the district
 * followed by an affine permutation of the household counter modulo 10^10, so they are unique
 * within a generator too.
 *
 * <p>Not thread-safe: use one generator per thread (with different seeds).
 */
public final class SyntheticHouseholds {

    /** The default reference date: births, ages and pregnancies are as of this day. */
    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 1);

    private static final int MAX_AGE = 98;

    /** Villages with a well-known adat community that refuses the ID-card rules. */
    private static final long TANA_TOWA_KAJANG = 7302_062006L; // 73.02.06.2006, the Ammatoa Kajang
    private static final long KANEKES_BADUY = 3602_062001L;    // 36.02.06.2001, the Baduy

    private final ReferenceData reference;
    private final long seed;
    private final LocalDate asOf;
    private final int year;
    private final Rng rng;
    private final NikAllocator niks;
    private final long kkMultiplier;
    private final long kkOffset;
    private final double[] scratch = new double[16];
    private long generated;

    /** A generator over the shared classpath reference data ({@link ReferenceData#shared()}). */
    public SyntheticHouseholds(long seed) {
        this(ReferenceData.shared(), seed);
    }

    public SyntheticHouseholds(ReferenceData reference, long seed) {
        this(reference, seed, DEFAULT_AS_OF);
    }

    /** @param asOf the day the households are described as of (ages, latest birth date) */
    public SyntheticHouseholds(ReferenceData reference, long seed, LocalDate asOf) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.seed = seed;
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.year = asOf.getYear();
        this.rng = new Rng(seed);
        this.niks = new NikAllocator(seed, asOf, reference.regencyCount());
        long m = Rng.mix(seed ^ 0x452821E638D01377L);
        // Odd and not a multiple of 5: coprime with 10^10, so the KK suffix is a bijection of the counter.
        long a = 100_000_001L + Long.remainderUnsigned(m, 900_000_000L);
        while (a % 2 == 0 || a % 5 == 0) {
            a++;
        }
        this.kkMultiplier = a;
        this.kkOffset = Long.remainderUnsigned(Rng.mix(m), 10_000_000_000L);
    }

    public long seed() {
        return seed;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public ReferenceData reference() {
        return reference;
    }

    /** How many households this generator has produced. */
    public long generated() {
        return generated;
    }

    /** The next {@code count} households, lazily (sequential; nothing is retained). */
    public Stream<HouseholdDocument> stream(long count) {
        return Stream.generate(this::next).limit(count);
    }

    /** The next household. */
    public HouseholdDocument next() {
        Household h = new Household();
        h.regency = reference.sampleRegency(rng);
        h.village = reference.sampleVillage(h.regency, rng);
        h.villageCode = reference.villageCode(h.regency, h.village);
        h.prov = Provinces.of(reference.provinceCode(h.regency));
        h.urban = (h.village % 10_000) / 1000 == 1;
        long key = reference.villageKey(h.regency, h.village);
        h.villageKey = key;
        boolean knownAdat = key == TANA_TOWA_KAJANG || key == KANEKES_BADUY;
        h.adat = !h.urban && (knownAdat || Rng.unit(Rng.mix(key ^ 0x6A09E667F3BCC909L)) < h.prov.adatShare());
        h.remote = !h.urban && !h.adat && Rng.unit(Rng.mix(key ^ 0xBB67AE8584CAA73BL)) < h.prov.remoteShare();
        h.adatIssuer = key == TANA_TOWA_KAJANG ? "Ammatoa Kajang" : key == KANEKES_BADUY ? "Puun Kanekes"
                : h.prov.papua() ? "Kepala Suku" : "Ketua Adat";
        h.homeless = h.urban && rng.chance(0.002);
        h.disaster = rng.chance(0.004);
        h.socialConflict = rng.chance(h.prov.papua() || h.prov.code() == 81 ? 0.002 : 0.0003);
        h.culture = h.prov.culture(rng);

        compose(h);
        h.w = welfare(h);
        name(h);
        for (Person p : h.people) {
            health(h, p);
            education(h, p);
            work(h, p);
        }
        pregnancies(h);
        ppks(h);
        Housing housing = housing(h);
        Assets assets = assets(h, housing);
        Livestock livestock = livestock(h);
        EnumSet<Programme> programmes = programmes(h);
        List<Member> members = new ArrayList<>(h.people.size());
        for (Person p : h.people) {
            members.add(member(h, p, programmes.contains(Programme.PBI_JKN)));
        }
        String kk = kkNumber(h);
        Location location = location(h);
        generated++;
        return new HouseholdDocument(kk, location, housing, assets, livestock,
                Collections.unmodifiableSet(programmes), List.copyOf(members));
    }

    // ------------------------------------------------------------------------------------------
    // Composition

    /** Household size 1..10, mean about 3.8 (Susenas: about 3.8-3.9 persons per household). */
    private static final double[] SIZE_WEIGHTS = {8, 16, 22, 24, 15, 8, 3.5, 1.8, 0.9, 0.8};

    private void compose(Household h) {
        int size = 1 + rng.weighted(SIZE_WEIGHTS);
        if (h.remote && size < 10 && rng.chance(0.3)) {
            size++;
        }
        if (h.homeless) {
            size = 1 + rng.nextInt(4);
        }
        if (size == 1) {
            lonePerson(h);
            return;
        }
        boolean couple = rng.chance(size == 2 ? 0.78 : 0.88);
        h.couple = couple;
        int headAge;
        if (size == 2 && couple) {
            headAge = rng.chance(0.5) ? rng.between(20, 36) : rng.between(50, 88);
        } else if (size == 2) {
            headAge = rng.between(30, 85);
        } else {
            headAge = clamp((int) Math.round(44 + 1.5 * (size - 4) + 11 * rng.gaussian()), 21, 88);
        }
        Sex headSex = couple ? (rng.chance(0.96) ? Sex.MALE : Sex.FEMALE) : (rng.chance(0.72) ? Sex.FEMALE : Sex.MALE);
        Person head = add(h, Relationship.HEAD, headSex, headAge);
        Person spouse = null;
        if (couple) {
            head.marital = MaritalStatus.MARRIED;
            int gap = (int) Math.round(4 + 3.5 * rng.gaussian());
            int spouseAge = clamp(headSex == Sex.MALE ? headAge - gap : headAge + gap, 16, MAX_AGE);
            spouse = add(h, Relationship.SPOUSE, opposite(headSex), spouseAge);
            spouse.marital = MaritalStatus.MARRIED;
        } else {
            head.marital = headAge >= 55 ? (rng.chance(0.8) ? MaritalStatus.WIDOWED : MaritalStatus.DIVORCED)
                    : rng.chance(0.55) ? MaritalStatus.DIVORCED : MaritalStatus.WIDOWED;
        }
        int motherAge = spouse != null ? (spouse.sex == Sex.FEMALE ? spouse.age : head.age)
                : headSex == Sex.FEMALE ? headAge : headAge - 4;
        int left = size - h.people.size();

        // Three generations: an adult child, perhaps their spouse, and grandchildren.
        if (left >= 2 && headAge >= 47 && rng.chance(headAge >= 58 ? 0.65 : 0.35)) {
            int childAge = motherAge - rng.between(19, 30);
            if (childAge >= 18) {
                Person child = add(h, Relationship.CHILD, randomSex(), childAge);
                child.marital = rng.chance(0.75) ? MaritalStatus.MARRIED
                        : rng.chance(0.6) ? MaritalStatus.DIVORCED : MaritalStatus.WIDOWED;
                h.adultChild = child;
                left--;
                if (child.marital == MaritalStatus.MARRIED && left >= 2 && rng.chance(0.75)) {
                    int inLawAge = clamp(childAge + (child.sex == Sex.MALE ? -3 : 3) + (int) Math.round(2 * rng.gaussian()),
                            16, MAX_AGE);
                    Person inLaw = add(h, Relationship.CHILD_IN_LAW, opposite(child.sex), inLawAge);
                    inLaw.marital = MaritalStatus.MARRIED;
                    h.childInLaw = inLaw;
                    left--;
                }
                int theirMother = child.sex == Sex.FEMALE ? childAge : h.childInLaw != null ? h.childInLaw.age : childAge - 3;
                int age = theirMother - rng.between(19, 28);
                int grandchildren = 0;
                while (left > 0 && age >= 0 && (grandchildren == 0 || rng.chance(0.7))) {
                    add(h, Relationship.GRANDCHILD, randomSex(), age);
                    grandchildren++;
                    left--;
                    age -= rng.between(2, 5);
                }
            }
        }
        // A parent (or both) of the head or the spouse.
        if (left >= 1 && headAge <= 55 && rng.chance(size >= 5 ? 0.22 : 0.10)) {
            boolean inLaw = spouse != null && rng.chance(0.4);
            int base = inLaw ? spouse.age : headAge;
            int parentAge = base + rng.between(22, 34);
            if (parentAge <= MAX_AGE - 2) {
                Relationship rel = inLaw ? Relationship.PARENT_IN_LAW : Relationship.PARENT;
                if (left >= 2 && parentAge <= 80 && rng.chance(0.3)) {
                    add(h, rel, Sex.MALE, parentAge + 2).marital = MaritalStatus.MARRIED;
                    add(h, rel, Sex.FEMALE, parentAge).marital = MaritalStatus.MARRIED;
                    left -= 2;
                } else {
                    Person p = add(h, rel, rng.chance(0.72) ? Sex.FEMALE : Sex.MALE, parentAge);
                    p.marital = rng.chance(0.85) ? MaritalStatus.WIDOWED : MaritalStatus.DIVORCED;
                    left--;
                }
            }
        }
        if (left >= 1 && rng.chance(size >= 5 ? 0.10 : 0.04)) {
            add(h, Relationship.OTHER_RELATIVE, randomSex(), rng.between(3, Math.min(70, headAge + 10)));
            left--;
        }
        if (left >= 1 && rng.chance(h.urban ? 0.02 : 0.008)) {
            Person helper = add(h, Relationship.OTHER, rng.chance(0.75) ? Sex.FEMALE : Sex.MALE, rng.between(16, 55));
            helper.marital = helper.age < 25 || rng.chance(0.5) ? MaritalStatus.SINGLE : MaritalStatus.MARRIED;
            left--;
        }
        // The rest are the head's children: the youngest born when the mother was 20..40, older
        // siblings 1..5 years apart, none born before the mother was 17.
        if (left > 0) {
            int age = -1;
            if (motherAge >= 17) {
                int lastBirthAt = rng.between(Math.min(motherAge, 20), Math.min(motherAge, 40));
                age = motherAge - lastBirthAt;
            }
            while (left > 0) {
                if (age >= 0 && age <= motherAge - 17) {
                    add(h, Relationship.CHILD, randomSex(), age);
                    age += SPACING[rng.weighted(SPACING_WEIGHTS)];
                } else if (headAge >= 50) {
                    add(h, Relationship.GRANDCHILD, randomSex(), rng.between(0, 14));
                } else {
                    add(h, Relationship.OTHER_RELATIVE, randomSex(), rng.between(0, 25));
                }
                left--;
            }
        }
        // Relationship order as on a family card; oldest first within a relationship.
        h.people.sort((a, b) -> a.rel != b.rel ? a.rel.compareTo(b.rel) : Integer.compare(b.age, a.age));
        int rank = 0;
        for (Person p : h.people) {
            if (p.rel == Relationship.CHILD) {
                p.birthOrder = rank++;
            }
            if (p.marital == null) {
                p.marital = maritalFor(p.age);
            }
        }
    }

    private static final int[] SPACING = {1, 2, 3, 4, 5, 6};
    private static final double[] SPACING_WEIGHTS = {6, 25, 30, 20, 12, 7};

    private void lonePerson(Household h) {
        if (rng.chance(0.42)) {
            int age = clamp(60 + (int) (-12 * StrictMath.log(1 - rng.nextDouble())), 60, 97);
            Person p = add(h, Relationship.HEAD, rng.chance(0.68) ? Sex.FEMALE : Sex.MALE, age);
            double x = rng.nextDouble();
            p.marital = x < 0.78 ? MaritalStatus.WIDOWED : x < 0.86 ? MaritalStatus.DIVORCED
                    : x < 0.91 ? MaritalStatus.SINGLE : MaritalStatus.MARRIED;
        } else {
            int age = clamp(19 + (int) Math.abs(14 * rng.gaussian()), 17, 59);
            Person p = add(h, Relationship.HEAD, rng.chance(0.6) ? Sex.MALE : Sex.FEMALE, age);
            double x = rng.nextDouble();
            p.marital = age < 30
                    ? (x < 0.88 ? MaritalStatus.SINGLE : x < 0.96 ? MaritalStatus.MARRIED : MaritalStatus.DIVORCED)
                    : (x < 0.35 ? MaritalStatus.SINGLE : x < 0.6 ? MaritalStatus.MARRIED
                    : x < 0.88 ? MaritalStatus.DIVORCED : MaritalStatus.WIDOWED);
        }
    }

    private MaritalStatus maritalFor(int age) {
        if (age < 16) {
            return MaritalStatus.SINGLE;
        }
        double x = rng.nextDouble();
        if (age < 20) {
            return x < 0.98 ? MaritalStatus.SINGLE : MaritalStatus.MARRIED;
        }
        if (age < 30) {
            return x < 0.80 ? MaritalStatus.SINGLE : x < 0.94 ? MaritalStatus.MARRIED : MaritalStatus.DIVORCED;
        }
        return x < 0.55 ? MaritalStatus.SINGLE : x < 0.80 ? MaritalStatus.MARRIED
                : x < 0.95 ? MaritalStatus.DIVORCED : MaritalStatus.WIDOWED;
    }

    private Person add(Household h, Relationship rel, Sex sex, int age) {
        Person p = new Person(rel, sex, clamp(age, 0, MAX_AGE));
        h.people.add(p);
        return p;
    }

    private Sex randomSex() {
        return rng.chance(0.51) ? Sex.MALE : Sex.FEMALE;
    }

    private static Sex opposite(Sex sex) {
        return sex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
    }

    // ------------------------------------------------------------------------------------------
    // Welfare: one latent, standard-normal-scale score per household drives everything economic.

    private double welfare(Household h) {
        Person head = h.people.getFirst();
        int size = h.people.size();
        double w = 0.9 * rng.gaussian() + h.prov.welfareShift() + (h.urban ? 0.3 : -0.2);
        if (h.remote) {
            w -= 0.9;
        }
        if (h.adat) {
            w -= 0.5;
        }
        if (h.homeless) {
            w -= 2.2;
        }
        if (h.disaster) {
            w -= 0.3;
        }
        if (size == 1 && head.age >= 60) {
            w -= 0.4;
        }
        if (!h.couple && size > 1 && head.sex == Sex.FEMALE) {
            w -= 0.3;
        }
        return w - 0.07 * (size - 4);
    }

    // ------------------------------------------------------------------------------------------
    // Names

    private void name(Household h) {
        Culture c = h.culture;
        double nobility = switch (c) {
            case BUGIS -> 0.07;
            case ACEH -> 0.05;
            case SASAK -> 0.06;
            default -> 0;
        };
        boolean noble = nobility > 0 && rng.chance(nobility);
        String[] surnames = c.surnames;
        Person head = h.people.getFirst();
        Person spouse = h.people.size() > 1 && h.people.get(1).rel == Relationship.SPOUSE ? h.people.get(1) : null;
        String family = surnames == null ? null : rng.pick(surnames);
        String childLine = null;
        if (surnames != null) {
            head.surname = head.sex == Sex.MALE ? family : rng.pick(surnames);
            if (spouse != null) {
                spouse.surname = spouse.sex == Sex.MALE ? family
                        : c != Culture.BATAK && rng.chance(0.5) ? head.surname : rng.pick(surnames);
            }
            childLine = head.sex == Sex.MALE ? head.surname : spouse != null ? spouse.surname : rng.pick(surnames);
            for (Person p : h.people) {
                if (p.surname != null) {
                    continue;
                }
                p.surname = switch (p.rel) {
                    case CHILD -> childLine;
                    // The child-in-law comes before the grandchildren, so already has a name.
                    case GRANDCHILD -> h.adultChild != null && h.adultChild.sex == Sex.MALE ? childLine
                            : h.childInLaw != null ? h.childInLaw.surname : rng.pick(surnames);
                    case PARENT -> p.sex == Sex.MALE && head.sex == Sex.MALE ? head.surname : rng.pick(surnames);
                    case PARENT_IN_LAW -> p.sex == Sex.MALE && spouse != null && spouse.sex == Sex.FEMALE
                            && !Objects.equals(spouse.surname, head.surname) ? spouse.surname : rng.pick(surnames);
                    case OTHER_RELATIVE -> rng.chance(0.5) ? childLine : rng.pick(surnames);
                    default -> rng.pick(surnames);
                };
            }
        }
        for (Person p : h.people) {
            p.name = fullName(c, p, noble);
        }
    }

    private String fullName(Culture c, Person p, boolean noble) {
        boolean female = p.sex == Sex.FEMALE;
        double modern = p.age < 15 ? 0.55 : p.age < 30 ? 0.35 : p.age < 45 ? 0.15 : 0.04;
        boolean isModern = rng.chance(modern);
        String given;
        if (isModern) {
            given = c.christianMajority
                    ? rng.pick(female ? Names.CHRISTIAN_MODERN_FEMALE : Names.CHRISTIAN_MODERN_MALE)
                    : rng.pick(female ? Names.MODERN_FEMALE : Names.MODERN_MALE);
        } else {
            given = rng.pick(female ? c.female : c.male);
        }
        StringBuilder sb = new StringBuilder(40);
        if (c == Culture.BALINESE) {
            int order = p.rel == Relationship.CHILD ? p.birthOrder % 4 : rng.weighted(BALI_ORDER_WEIGHTS);
            sb.append(female ? "Ni " : "I ").append(rng.pick(Names.BALINESE_ORDER[order])).append(' ');
        } else if (noble) {
            sb.append(switch (c) {
                case ACEH -> female ? "Cut " : "Teuku ";
                case SASAK -> female ? "Baiq " : "Lalu ";
                default -> "Andi ";
            });
        }
        sb.append(given);
        if (p.surname != null) {
            sb.append(' ');
            if (c == Culture.BATAK && female && rng.chance(0.6)) {
                sb.append("br. ");
            }
            sb.append(p.surname);
        } else if (c.surnames == null) {
            String[] second = isModern && !c.christianMajority
                    ? (female ? Names.MODERN_FEMALE_SECOND : Names.MODERN_MALE_SECOND)
                    : female ? c.femaleSecond : c.maleSecond;
            if (second != null && rng.chance(female ? 0.35 : 0.45)) {
                String s = rng.pick(second);
                if (!given.endsWith(s)) {
                    sb.append(' ').append(s);
                }
            }
        }
        return sb.toString();
    }

    private static final double[] BALI_ORDER_WEIGHTS = {4, 3, 2, 1};

    // ------------------------------------------------------------------------------------------
    // Education, work, health

    /** Highest completed level on an ordinal ladder (0 never schooled, 1 primary not finished). */
    private static final Education[] LADDER = {
            Education.NONE, Education.NONE, Education.SD, Education.SMP, Education.SMA, Education.D1_D3,
            Education.D4_S1, Education.S2, Education.S3};
    private static final double[] LADDER_CUTS = {-1.9, -1.3, -0.2, 0.3, 1.35, 1.6, 2.75, 3.6};

    private void education(Household h, Person p) {
        int age = p.age;
        if (age < 5) {
            return; // not asked
        }
        double score = 0.65 * h.w + 0.035 * (year - age - 1975) + (h.urban ? 0.25 : 0) + (h.remote ? -0.5 : 0)
                + 0.75 * rng.gaussian();
        int potential = 0;
        while (potential < LADDER_CUTS.length && score >= LADDER_CUTS[potential]) {
            potential++;
        }
        if (age <= 6) {
            p.school = rng.chance(0.5) ? SchoolParticipation.IN_SCHOOL : SchoolParticipation.NEVER;
            p.education = Education.NONE;
            return;
        }
        int maxByAge = age < 13 ? 1 : age < 16 ? 2 : age < 19 ? 3 : age < 21 ? 4 : age < 23 ? 5 : age < 27 ? 6
                : age < 31 ? 7 : 8;
        if (p.disabled && potential > 1 && rng.chance(0.4)) {
            potential = Math.max(1, potential - 2);
        }
        if (potential > maxByAge && age <= 26) {
            p.school = SchoolParticipation.IN_SCHOOL;
            p.education = level(Math.min(potential, maxByAge), age);
        } else if (potential == 0) {
            p.school = SchoolParticipation.NEVER;
            p.education = Education.NONE;
        } else {
            int level = Math.min(potential, maxByAge);
            p.school = SchoolParticipation.NO_LONGER;
            p.education = level(level, age);
            if (age >= 19 && rng.chance(0.03)) {
                p.education = switch (p.education) {
                    case SD -> Education.PAKET_A;
                    case SMP -> Education.PAKET_B;
                    case SMA, SMK -> Education.PAKET_C;
                    default -> p.education;
                };
            }
        }
    }

    private Education level(int rung, int age) {
        Education e = LADDER[rung];
        if (e == Education.SMA && rng.chance(0.35)) {
            return Education.SMK;
        }
        return e;
    }

    private static final String[] AGRI_SECTORS = {
            "Pertanian tanaman pangan", "Hortikultura", "Perkebunan", "Peternakan", "Perikanan", "Kehutanan"};
    private static final double[] AGRI_WEIGHTS = {45, 10, 25, 7, 9, 4};
    private static final String[] SECTORS = {
            "Perdagangan besar dan eceran", "Industri pengolahan", "Konstruksi", "Transportasi dan pergudangan",
            "Penyediaan akomodasi dan makan minum", "Jasa pendidikan", "Administrasi pemerintahan",
            "Jasa kesehatan", "Jasa keuangan", "Informasi dan komunikasi", "Pertambangan dan penggalian",
            "Jasa lainnya"};
    private static final double[] SECTOR_BASE = {28, 18, 10, 6, 8, 6, 4, 3, 2, 2, 2, 11};
    private static final double[] SECTOR_BETA = {0, 0, -0.4, -0.1, 0, 0.7, 0.8, 0.7, 1.0, 1.0, 0, -0.2};
    private static final String[] POSITIONS = {
            "Berusaha sendiri", "Berusaha dibantu buruh tidak tetap/tidak dibayar", "Berusaha dibantu buruh tetap",
            "Buruh/karyawan/pegawai", "Pekerja bebas di pertanian", "Pekerja bebas di nonpertanian",
            "Pekerja keluarga/tidak dibayar"};
    private static final double[] AGRI_POSITION_BASE = {30, 25, 2, 6, 20, 0, 17};
    private static final double[] AGRI_POSITION_BETA = {0.2, 0.4, 1.0, 0.3, -0.9, 0, -0.2};
    private static final double[] POSITION_BASE = {28, 6, 4, 45, 0, 9, 8};
    private static final double[] POSITION_BETA = {0, 0.4, 1.0, 0.5, 0, -1.0, -0.3};

    private void work(Household h, Person p) {
        int age = p.age;
        if (age < 10) {
            return;
        }
        if (p.school == SchoolParticipation.IN_SCHOOL) {
            p.work = new Work(WorkStatus.SCHOOL, null, null);
            return;
        }
        boolean female = p.sex == Sex.FEMALE;
        double pWork = age < 15 ? 0.3
                : age < 60 ? (female ? (p.marital == MaritalStatus.MARRIED ? 0.5 : 0.62) : 0.87)
                : age < 70 ? (female ? 0.35 : 0.6) : (female ? 0.15 : 0.3);
        if (p.disabled) {
            pWork *= 0.4;
        }
        if (!rng.chance(pWork)) {
            WorkStatus status = female && age >= 15 && age < 75 && rng.chance(0.75) ? WorkStatus.HOUSEKEEPING
                    : age >= 60 || rng.chance(0.4) ? WorkStatus.OTHER : WorkStatus.NOT_WORKING;
            p.work = new Work(status, null, null);
            return;
        }
        double agri = h.remote ? 0.9 : h.urban ? 0.06 : clamp(0.62 - 0.12 * h.w, 0.15, 0.9);
        String sector;
        String position;
        if (h.homeless) {
            sector = "Jasa lainnya";
            position = POSITIONS[5];
        } else if (rng.chance(agri)) {
            fill(AGRI_WEIGHTS, null, 0);
            if (h.prov.maritime()) {
                scratch[4] *= 3;
            }
            sector = AGRI_SECTORS[rng.weighted(scratch, AGRI_WEIGHTS.length)];
            fill(AGRI_POSITION_BASE, AGRI_POSITION_BETA, h.w);
            if (age < 18 || (female && p.rel != Relationship.HEAD)) {
                scratch[6] *= 3;
            }
            position = POSITIONS[rng.weighted(scratch, POSITIONS.length)];
        } else {
            fill(SECTOR_BASE, SECTOR_BETA, h.w);
            sector = SECTORS[rng.weighted(scratch, SECTORS.length)];
            fill(POSITION_BASE, POSITION_BETA, h.w + 0.3 * (ordinal(p.education) - 3));
            position = POSITIONS[rng.weighted(scratch, POSITIONS.length)];
        }
        p.work = new Work(WorkStatus.WORKING, sector, position);
    }

    private static int ordinal(Education e) {
        if (e == null) {
            return 0;
        }
        return switch (e) {
            case NONE -> 0;
            case SD, PAKET_A -> 2;
            case SMP, PAKET_B -> 3;
            case SMA, SMK, PAKET_C -> 4;
            case D1_D3 -> 5;
            case D4_S1 -> 6;
            case S2 -> 7;
            case S3 -> 8;
        };
    }

    private static final double[] OLD_DOMAINS = {25, 20, 35, 12, 5, 3};
    private static final double[] YOUNG_DOMAINS = {15, 12, 30, 20, 8, 15};

    private void health(Household h, Person p) {
        int age = p.age;
        double pDisabled = age < 5 ? 0.004 : age < 45 ? 0.012 : age < 60 ? 0.03 : age < 75 ? 0.09 : 0.25;
        if (h.w < -1) {
            pDisabled *= 1.3;
        }
        p.disabled = rng.chance(pDisabled);
        if (age >= 2 || p.disabled) {
            Difficulty[] d = new Difficulty[6];
            Arrays.fill(d, Difficulty.NONE);
            if (age >= 60) {
                for (int i = 0; i < 4; i++) {
                    if (rng.chance(age >= 75 ? 0.3 : 0.15)) {
                        d[i] = Difficulty.SOME;
                    }
                }
            }
            if (p.disabled) {
                double[] domains = age >= 60 ? OLD_DOMAINS : YOUNG_DOMAINS;
                int first = rng.weighted(domains);
                d[first] = rng.chance(0.3) ? Difficulty.CANNOT : Difficulty.A_LOT;
                if (rng.chance(0.25)) {
                    int second = first == 2 || first == 3 ? 4 : rng.weighted(domains);
                    if (d[second] != Difficulty.CANNOT) {
                        d[second] = Difficulty.A_LOT;
                    }
                }
            }
            p.disability = new Disability(d[0], d[1], d[2], d[3], d[4], d[5]);
        }
        double pChronic = age < 15 ? 0.01 : age < 45 ? 0.04 : age < 60 ? 0.15 : 0.32;
        p.chronic = rng.chance(p.disabled ? Math.min(1, pChronic + 0.3) : pChronic);
    }

    /** Pregnancy: some married women 15-45, by age (about 4.5 million births a year). */
    private void pregnancies(Household h) {
        for (Person p : h.people) {
            if (p.sex != Sex.FEMALE || p.marital != MaritalStatus.MARRIED || p.age < 15 || p.age > 45 || h.homeless) {
                continue;
            }
            double rate = p.age < 20 ? 0.10 : p.age < 25 ? 0.12 : p.age < 30 ? 0.11 : p.age < 35 ? 0.08
                    : p.age < 40 ? 0.05 : 0.02;
            p.pregnant = rng.chance(rate);
        }
    }

    // ------------------------------------------------------------------------------------------
    // PPKS (Permensos 8/2012): a few percent of households, driven by welfare and circumstances.

    private static final Set<Integer> MIGRANT_PROVINCES = Set.of(18, 32, 33, 35, 52, 53);

    private void ppks(Household h) {
        Person head = h.people.getFirst();
        int size = h.people.size();
        boolean poor = h.w < -1.2;
        boolean remoteAdat = h.remote && rng.chance(0.5);
        boolean minority = h.adat && rng.chance(0.25);
        boolean psychological = rng.chance(0.003);
        if (h.w < -1.9 && rng.chance(0.3)) {
            head.add(Ppks.DESTITUTE);
        }
        if (psychological) {
            head.add(Ppks.FAMILY_WITH_SOCIAL_PSYCHOLOGICAL_PROBLEMS);
        }
        if (!h.couple && size > 1 && head.sex == Sex.FEMALE && h.w < -0.5 && rng.chance(0.15)) {
            head.add(Ppks.VULNERABLE_WOMAN);
        }
        boolean fragileCare = poor && (!h.couple || head.age >= 60);
        for (Person p : h.people) {
            int age = p.age;
            boolean child = age < 18;
            if (remoteAdat) {
                p.add(Ppks.REMOTE_ADAT_COMMUNITY);
            }
            if (minority) {
                p.add(Ppks.MINORITY_GROUP);
            }
            if (h.homeless) {
                p.add(Ppks.HOMELESS);
                if (child && age >= 6 && rng.chance(0.6)) {
                    p.add(Ppks.STREET_CHILD);
                } else if (!child && rng.chance(0.3)) {
                    p.add(Ppks.BEGGAR);
                } else if (!child && rng.chance(0.3)) {
                    p.add(Ppks.SCAVENGER);
                }
            }
            if (h.disaster) {
                p.add(Ppks.VICTIM_OF_NATURAL_DISASTER);
            }
            if (h.socialConflict) {
                p.add(Ppks.VICTIM_OF_SOCIAL_DISASTER);
            }
            if (p.disabled && rng.chance(child ? 0.5 : h.w < -0.8 ? 0.35 : 0.12)) {
                p.add(child ? Ppks.CHILD_WITH_DISABILITY : Ppks.PERSON_WITH_DISABILITY);
            }
            if (age >= 60) {
                double pNeglect = size == 1 ? (h.w < -0.8 ? 0.5 : 0.1)
                        : poor && p.rel != Relationship.HEAD && p.rel != Relationship.SPOUSE ? 0.03 : 0;
                if (rng.chance(pNeglect)) {
                    p.add(Ppks.NEGLECTED_ELDERLY);
                }
            }
            if (age < 5 && rng.chance(fragileCare ? 0.08 : poor ? 0.002 : 0)) {
                p.add(Ppks.NEGLECTED_TODDLER);
            } else if (child && age >= 5 && rng.chance(fragileCare ? 0.05 : poor ? 0.003 : 0)) {
                p.add(Ppks.NEGLECTED_CHILD);
            }
            if (child && age >= 8 && h.urban && poor && rng.chance(0.004)) {
                p.add(Ppks.STREET_CHILD);
            }
            if (!child && h.urban && poor && rng.chance(0.004)) {
                p.add(rng.chance(0.6) ? Ppks.SCAVENGER : Ppks.BEGGAR);
            }
            rare(h, p);
        }
    }

    /** Categories of well under 1 %: still present in a large sample. */
    private void rare(Household h, Person p) {
        int age = p.age;
        boolean female = p.sex == Sex.FEMALE;
        double x = rng.nextDouble();
        // One draw, consecutive bands: at most one rare category per person.
        double band = 0;
        if (age >= 12 && age < 18 && x < (band += 0.0008)) {
            p.add(Ppks.CHILD_IN_CONFLICT_WITH_LAW);
        } else if (age < 18 && x < (band += 0.0006)) {
            p.add(Ppks.CHILD_VICTIM_OF_VIOLENCE);
        } else if (age < 18 && x < (band += 0.0008)) {
            p.add(Ppks.CHILD_NEEDING_SPECIAL_PROTECTION);
        } else if (female && age >= 18 && age <= 45 && h.urban && x < (band += 0.0004)) {
            p.add(Ppks.SEX_WORKER);
        } else if (!female && age >= 20 && age <= 60 && x < (band += 0.0015)) {
            p.add(Ppks.FORMER_PRISON_INMATE);
        } else if (age >= 15 && age <= 60 && x < (band += h.prov.papua() ? 0.004 : 0.0005)) {
            p.add(Ppks.PERSON_LIVING_WITH_HIV);
        } else if (age >= 15 && age <= 40 && x < (band += female ? 0.0005 : 0.002)) {
            p.add(Ppks.VICTIM_OF_DRUG_ABUSE);
        } else if (female && age >= 15 && age <= 35 && x < (band += 0.0003)) {
            p.add(Ppks.VICTIM_OF_TRAFFICKING);
        } else if (female && age >= 18 && x < (band += 0.001)) {
            p.add(Ppks.VICTIM_OF_VIOLENCE);
        } else if (age >= 20 && age <= 45 && !h.urban && MIGRANT_PROVINCES.contains(h.prov.code())
                && x < (band += 0.0015)) {
            p.add(Ppks.TROUBLED_MIGRANT_WORKER);
        }
    }

    // ------------------------------------------------------------------------------------------
    // Housing, assets, livestock: multinomial-logit picks, weight_i = base_i * exp(beta_i * welfare).

    private static final Tenure[] TENURES = Tenure.values();
    private static final double[] TENURE_URBAN = {66, 20, 10, 2, 2};
    private static final double[] TENURE_RURAL = {88, 3, 7, 1, 1};
    private static final double[] TENURE_BETA = {0.2, 0.1, -0.4, 0.5, -0.3};

    private static final FloorMaterial[] FLOORS = FloorMaterial.values();
    private static final double[] FLOOR_BASE = {2, 50, 1, 5, 9, 25, 1, 2.5};
    private static final double[] FLOOR_BETA = {1.5, 0.6, 0.8, 0.2, -0.3, -0.4, -1.2, -1.5};

    private static final WallMaterial[] WALLS = WallMaterial.values();
    private static final double[] WALL_BASE = {72, 3, 18, 4, 0.5, 1, 0.5};
    private static final double[] WALL_BETA = {0.8, -0.2, -0.4, -1.2, -1.0, -1.3, -0.5};

    private static final RoofMaterial[] ROOFS = RoofMaterial.values();
    private static final double[] ROOF_BASE = {4, 30, 12, 45, 2, 0.5, 1, 0.5};
    private static final double[] ROOF_BETA = {1.2, 0.2, 0, -0.1, -0.3, -1.0, -1.5, -0.5};

    private static final DrinkingWater[] WATERS = DrinkingWater.values();
    private static final double[] WATER_BASE = {5, 38, 12, 2, 18, 12, 4, 6, 1.5, 0.6, 1.5, 0.5};
    private static final double[] WATER_BETA = {1.5, 0.5, 0.5, 0, 0.3, -0.3, -1.0, -0.3, -1.0, -1.3, -0.6, -0.5};

    private static final Lighting[] LIGHTINGS = Lighting.values();
    private static final double[] LIGHTING_BASE = {94, 3, 2, 0.2};
    private static final double[] LIGHTING_BETA = {0.8, -0.5, -1.0, -1.5};

    private static final InstalledPower[] POWERS = InstalledPower.values();
    private static final double[] POWER_BASE = {25, 45, 18, 8, 4};
    private static final double[] POWER_BETA = {-1.2, -0.2, 0.8, 1.3, 1.8};

    private static final CookingFuel[] FUELS = CookingFuel.values();
    private static final double[] FUEL_BASE = {1, 7, 75, 0.5, 0.2, 1, 0.1, 0.5, 4, 1};
    private static final double[] FUEL_BETA = {1.5, 1.5, 0.2, 1.0, 0, -0.5, 0, -0.5, -1.2, 0};

    private static final ToiletFacility[] TOILETS = ToiletFacility.values();
    private static final double[] TOILET_BASE = {85, 6, 3, 2.5};
    private static final double[] TOILET_BETA = {0.6, -0.4, -0.6, -1.3};

    private static final double[] TOILET_TYPE_BASE = {88, 4, 8};
    private static final double[] TOILET_TYPE_BETA = {0.8, -0.3, -1.2};

    private static final FinalDisposal[] DISPOSALS = FinalDisposal.values();
    private static final double[] DISPOSAL_BASE = {75, 2, 3, 6, 8, 4, 1};
    private static final double[] DISPOSAL_BETA = {0.7, 0.8, -0.3, -0.6, -0.5, -1.0, -0.5};

    private Housing housing(Household h) {
        double w = h.w;
        if (h.homeless) {
            return new Housing(Tenure.OTHER, null, null, null, null,
                    rng.chance(0.6) ? DrinkingWater.REFILL : DrinkingWater.OTHER, Lighting.NONE, null,
                    CookingFuel.NONE, rng.chance(0.6) ? ToiletFacility.PUBLIC : ToiletFacility.NONE, null, null);
        }
        Person head = h.people.getFirst();
        fill(h.urban ? TENURE_URBAN : TENURE_RURAL, TENURE_BETA, w + 0.03 * (head.age - 40));
        if (head.age < 30) {
            scratch[1] *= 2;
            scratch[2] *= 1.5;
        }
        Tenure tenure = TENURES[rng.weighted(scratch, TENURES.length)];

        double area = StrictMath.exp(StrictMath.log(30) + 0.3 * w + 0.1 * h.people.size() + 0.45 * rng.gaussian());
        double floorArea = Math.round(clamp(area, 6, 800));

        fill(FLOOR_BASE, FLOOR_BETA, w);
        if (h.prov.woodHouses()) {
            scratch[4] *= 3;
        }
        if (!h.urban) {
            scratch[0] *= 0.3;
            scratch[2] *= 0.3;
        }
        FloorMaterial floor = FLOORS[rng.weighted(scratch, FLOORS.length)];

        fill(WALL_BASE, WALL_BETA, w);
        if (h.prov.woodHouses()) {
            scratch[2] *= 2.5;
            scratch[4] *= 3;
        }
        if (floor == FloorMaterial.WOOD) {
            scratch[2] *= 4;
        }
        if (h.remote) {
            scratch[5] *= 4;
            scratch[6] *= 4;
        }
        WallMaterial wall = WALLS[rng.weighted(scratch, WALLS.length)];

        fill(ROOF_BASE, ROOF_BETA, w);
        if (h.prov.java()) {
            scratch[1] *= 2.5;
        } else {
            scratch[1] *= 0.3;
            scratch[3] *= 1.5;
        }
        if (h.remote) {
            scratch[6] *= 4;
            scratch[5] *= 2;
        }
        RoofMaterial roof = ROOFS[rng.weighted(scratch, ROOFS.length)];

        fill(WATER_BASE, WATER_BETA, w);
        if (h.urban) {
            scratch[0] *= 2;
            scratch[1] *= 2;
            scratch[2] *= 2;
        } else {
            scratch[7] *= 2;
            scratch[8] *= 2;
            scratch[9] *= 2;
        }
        if (h.remote) {
            scratch[1] *= 0.1;
            scratch[2] *= 0.1;
            scratch[9] *= 5;
            scratch[10] *= 4;
        }
        DrinkingWater water = WATERS[rng.weighted(scratch, WATERS.length)];

        fill(LIGHTING_BASE, LIGHTING_BETA, w);
        if (h.remote) {
            scratch[2] *= 6;
            scratch[3] *= 4;
        }
        Lighting lighting = LIGHTINGS[rng.weighted(scratch, LIGHTINGS.length)];
        InstalledPower power = null;
        if (lighting == Lighting.PLN_METERED) {
            fill(POWER_BASE, POWER_BETA, w);
            power = POWERS[rng.weighted(scratch, POWERS.length)];
        }

        fill(FUEL_BASE, FUEL_BETA, w);
        if (!h.urban) {
            scratch[8] *= 2;
            scratch[3] = 0;
        }
        if (h.remote) {
            scratch[8] *= 4;
            scratch[2] *= 0.3;
        }
        if (h.prov.papua()) {
            scratch[5] *= 5;
        }
        if (h.people.size() > 1) {
            scratch[9] *= 0.2;
        }
        if (lighting == Lighting.NONE) {
            scratch[0] = 0;
        }
        CookingFuel fuel = FUELS[rng.weighted(scratch, FUELS.length)];

        fill(TOILET_BASE, TOILET_BETA, w);
        if (h.remote) {
            scratch[3] *= 4;
        }
        ToiletFacility toilet = TOILETS[rng.weighted(scratch, TOILETS.length)];
        ToiletType toiletType;
        FinalDisposal disposal;
        if (toilet == ToiletFacility.NONE) {
            toiletType = ToiletType.NONE;
            double x = rng.nextDouble();
            disposal = x < 0.5 ? FinalDisposal.OPEN_GROUND : x < 0.9 ? FinalDisposal.RIVER_LAKE_SEA : FinalDisposal.OTHER;
        } else {
            fill(TOILET_TYPE_BASE, TOILET_TYPE_BETA, w);
            toiletType = ToiletType.values()[rng.weighted(scratch, 3)];
            fill(DISPOSAL_BASE, DISPOSAL_BETA, w);
            if (!h.urban) {
                scratch[1] = 0;
            }
            disposal = DISPOSALS[rng.weighted(scratch, DISPOSALS.length)];
        }
        return new Housing(tenure, floorArea, floor, wall, roof, water, lighting, power, fuel, toilet, toiletType,
                disposal);
    }

    private Assets assets(Household h, Housing housing) {
        double w = h.w;
        boolean grid = housing.lighting() == Lighting.PLN_METERED || housing.lighting() == Lighting.PLN_UNMETERED;
        boolean power = grid || housing.lighting() == Lighting.NON_PLN;
        double u = h.urban ? 1 : 0;
        double remote = h.remote ? 1 : 0;
        boolean elderlyAlone = h.people.size() == 1 && h.people.getFirst().age >= 60;
        boolean maritime = h.prov.maritime();
        boolean lpgBig = housing.cookingFuel() == CookingFuel.LPG_5_5_KG_OR_MORE || has(-2.6 + 1.3 * w);
        boolean fridge = power && has(0.4 + 1.4 * w - 2 * remote);
        boolean ac = grid && has(-3.2 + 1.6 * w + 0.8 * u);
        boolean heater = grid && has(-3.8 + 1.6 * w + 0.5 * u);
        boolean landline = grid && has(-4.0 + 1.0 * w + 0.7 * u);
        boolean tv = power && has(-0.2 + 1.2 * w - 1.0 * remote);
        boolean gold = has(-1.2 + 1.1 * w);
        boolean computer = has(-1.6 + 1.4 * w + 0.5 * u - 1.5 * remote);
        boolean smartphone = has(2.0 + 1.3 * w - 2.5 * remote - (elderlyAlone ? 1.5 : 0));
        boolean bicycle = has(-0.6 + 0.2 * w);
        boolean motorcycle = has(1.4 + 1.0 * w - 2.0 * remote);
        boolean car = has(-2.6 + 1.5 * w);
        boolean boat = has(-4.0 - 0.2 * w + (maritime ? 1.8 : 0) + (h.urban ? -1 : 0));
        boolean motorBoat = has(-4.6 + 0.4 * w + (maritime ? 1.8 : 0) + (h.urban ? -1 : 0));
        boolean land = has(-1.8 + 0.6 * w + 0.5 * (1 - u));
        boolean house = has(-3.2 + 0.9 * w);
        if (h.homeless) {
            return new Assets(false, false, false, false, false, false, false, false, smartphone && rng.chance(0.3),
                    bicycle && rng.chance(0.3), false, false, false, false, false, false);
        }
        return new Assets(lpgBig, fridge, ac, heater, landline, tv, gold, computer, smartphone, bicycle, motorcycle,
                car, boat, motorBoat, land, house);
    }

    private boolean has(double logit) {
        return rng.nextDouble() < sigmoid(logit);
    }

    private static final Set<Integer> CATTLE_PROVINCES = Set.of(18, 33, 34, 35, 51, 52, 53, 73);
    private static final Set<Integer> BUFFALO_PROVINCES = Set.of(11, 12, 36, 52, 53, 73);
    private static final Set<Integer> HORSE_PROVINCES = Set.of(52, 53, 73);

    private Livestock livestock(Household h) {
        double pAny = h.homeless ? 0 : h.urban ? 0.03 : h.remote ? 0.4 : sigmoid(-0.9 - 0.2 * h.w);
        if (!rng.chance(pAny)) {
            return new Livestock(0, 0, 0, 0, 0);
        }
        int code = h.prov.code();
        int cattle = rng.chance(CATTLE_PROVINCES.contains(code) ? 0.5 : 0.25) ? herd(0.5, 12) : 0;
        int buffalo = rng.chance(BUFFALO_PROVINCES.contains(code) ? 0.15 : 0.03) ? herd(0.6, 6) : 0;
        int horses = rng.chance(HORSE_PROVINCES.contains(code) ? 0.08 : 0.005) ? herd(0.7, 4) : 0;
        double pigShare = h.culture.christianMajority ? 0.6 : h.culture == Culture.MALUKU ? 0.3 : 0;
        int pigs = rng.chance(pigShare) ? herd(0.4, 10) : 0;
        int goats = rng.chance(h.prov.java() ? 0.6 : 0.45) ? herd(0.3, 20) : 0;
        if (cattle + buffalo + horses + pigs + goats == 0) {
            goats = herd(0.4, 8);
        }
        return new Livestock(cattle, buffalo, horses, pigs, goats);
    }

    /** 1 + geometric(p), capped. */
    private int herd(double p, int max) {
        int n = 1;
        while (n < max && !rng.chance(p)) {
            n++;
        }
        return n;
    }

    // ------------------------------------------------------------------------------------------
    // Programmes: reported receipt follows poverty (with the inclusion and exclusion errors any
    // targeting has). Roughly PKH 10-15 %, BPNT 20-25 %, PBI-JKN 35-40 % of households.

    private EnumSet<Programme> programmes(Household h) {
        EnumSet<Programme> set = EnumSet.noneOf(Programme.class);
        double poverty = -h.w;
        boolean component = false;
        boolean schoolChild = false;
        for (Person p : h.people) {
            if (p.pregnant || p.age <= 6 || p.age >= 60 || p.disabled) {
                component = true;
            }
            if (p.age >= 6 && p.age <= 21 && p.school == SchoolParticipation.IN_SCHOOL) {
                component = true;
                schoolChild = true;
            }
        }
        if (rng.chance(sigmoid(-1.0 + 2.0 * (poverty - 1.0)) * (component ? 1 : 0.1))) {
            set.add(Programme.PKH);
        }
        if (rng.chance(sigmoid(-0.2 + 2.0 * (poverty - 0.8)))) {
            set.add(Programme.BPNT_SEMBAKO);
        }
        if (rng.chance(sigmoid(-0.1 + 1.8 * (poverty - 0.4)))) {
            set.add(Programme.PBI_JKN);
        }
        if (schoolChild && rng.chance(sigmoid(-0.5 + 2.0 * (poverty - 0.8)))) {
            set.add(Programme.PIP);
        }
        if (rng.chance(sigmoid(-1.5 + 1.8 * (poverty - 1.0)) * (h.urban ? 0.3 : 1))) {
            set.add(Programme.BLT);
        }
        if (rng.chance(0.02 + (poverty > 1 ? 0.03 : 0))) {
            set.add(Programme.OTHER);
        }
        return set;
    }

    // ------------------------------------------------------------------------------------------
    // Members: identity (NIK or the reason there is none), birth date, JKN.

    private static final NoNikReason[] REASONS = NoNikReason.values();
    // NOT_YET_RECORDED, REFUSED_ON_BELIEF_OR_CUSTOM, DOCUMENTS_DENIED, LOST_DOCUMENTS,
    // HOMELESS_OR_UNDOCUMENTED, CHILD_NOT_REGISTERED, REMOTE_COMMUNITY, OTHER
    private static final double[] REASONS_ADULT = {32, 8, 10, 20, 8, 0, 6, 16};
    private static final double[] REASONS_CHILD = {12, 2, 3, 3, 3, 75, 2, 7};

    private Member member(Household h, Person p, boolean pbiHousehold) {
        int age = p.age;
        int birthYear = year - age;
        boolean female = p.sex == Sex.FEMALE;
        double pNoNik = age == 0 ? 0.18 : age < 5 ? 0.05 : age < 17 ? 0.022 : age < 75 ? 0.016 : 0.035;
        if (h.prov.papua()) {
            pNoNik *= 2.5;
        }
        if (h.w < -1.5) {
            pNoNik *= 1.6;
        }
        if (h.remote) {
            pNoNik = Math.max(pNoNik * 6, 0.15);
        }
        if (h.adat) {
            pNoNik = age < 17 ? 0.5 : 0.6;
        }
        if (h.homeless) {
            pNoNik = 0.6;
        }
        if (h.disaster) {
            pNoNik += 0.1;
        }
        String nik = null;
        NoNik noNik = null;
        LocalDate birthDate;
        Integer estimatedYear = null;
        if (!rng.chance(pNoNik)) {
            int nikRegency = h.regency;
            int nikDistrict = h.village / 10_000;
            if (rng.chance(age >= 17 ? 0.07 : 0.02)) {
                // Issued where the person lived before.
                nikRegency = reference.sampleRegency(rng);
                nikDistrict = reference.sampleVillage(nikRegency, rng) / 10_000;
            }
            int slot = niks.allocate(nikRegency, nikDistrict, birthYear, female);
            LocalDate nikDate = LocalDate.ofYearDay(birthYear, slot >>> 16);
            nik = nik(nikRegency, nikDistrict, nikDate, female, slot & 0xFFFF);
            birthDate = rng.chance(0.005) ? disagreeing(nikDate) : nikDate;
        } else {
            NoNikReason reason = reason(h, age);
            noNik = new NoNik(reason, alternativeIds(h, reason, birthYear));
            boolean estimate = switch (reason) {
                case CHILD_NOT_REGISTERED -> rng.chance(0.15);
                case REMOTE_COMMUNITY, REFUSED_ON_BELIEF_OR_CUSTOM, HOMELESS_OR_UNDOCUMENTED -> rng.chance(0.65);
                default -> rng.chance(0.35);
            };
            if (estimate && age >= 1) {
                birthDate = null;
                estimatedYear = age >= 30 && rng.chance(0.5) ? (int) (Math.round(birthYear / 5.0) * 5) : birthYear;
                estimatedYear = Math.min(estimatedYear, year);
            } else {
                int maxDay = birthYear == year ? asOf.getDayOfYear() : LocalDate.of(birthYear, 12, 31).getDayOfYear();
                birthDate = LocalDate.ofYearDay(birthYear, rng.between(1, maxDay));
            }
        }
        // Pregnancy is asked of women 10-54 by the recorded (or estimated) birth year.
        int recordedAge = year - (birthDate != null ? birthDate.getYear() : estimatedYear);
        Boolean pregnant = p.sex == Sex.FEMALE && recordedAge >= 10 && recordedAge <= 54 ? p.pregnant : null;
        JknStatus jkn = jkn(h, nik != null, pbiHousehold);
        Set<Ppks> ppks = p.ppks == null ? null : Collections.unmodifiableSet(p.ppks);
        return new Member(null, p.name, nik, noNik, p.rel, p.sex, birthDate, estimatedYear, p.marital,
                pregnant, p.school, p.education, p.work, p.disability,
                p.chronic, jkn, ppks, null);
    }

    private NoNikReason reason(Household h, int age) {
        boolean child = age < 17;
        if (h.adat) {
            return rng.chance(0.85) ? NoNikReason.REFUSED_ON_BELIEF_OR_CUSTOM
                    : child ? NoNikReason.CHILD_NOT_REGISTERED : NoNikReason.NOT_YET_RECORDED;
        }
        if (h.homeless) {
            double x = rng.nextDouble();
            return x < 0.8 ? NoNikReason.HOMELESS_OR_UNDOCUMENTED : x < 0.9 ? NoNikReason.LOST_DOCUMENTS
                    : child ? NoNikReason.CHILD_NOT_REGISTERED : NoNikReason.OTHER;
        }
        if (h.remote) {
            double x = rng.nextDouble();
            return x < 0.75 ? NoNikReason.REMOTE_COMMUNITY
                    : child && x < 0.9 ? NoNikReason.CHILD_NOT_REGISTERED : NoNikReason.NOT_YET_RECORDED;
        }
        if (h.disaster && rng.chance(0.8)) {
            return NoNikReason.LOST_DOCUMENTS;
        }
        return REASONS[rng.weighted(child ? REASONS_CHILD : REASONS_ADULT)];
    }

    private static final String[] NGOS = {
            "Yayasan Rumah Singgah Bina Anak", "Yayasan Peduli Sesama", "Yayasan Kasih Bangsa",
            "Lembaga Bantuan Hukum Masyarakat", "Yayasan Pelita Harapan Kaum Marjinal", "Perkumpulan Sapa Warga",
            "Yayasan Sosial Bina Insani"};
    private static final String[] OTHER_ISSUERS = {
            "Majelis Luhur Kepercayaan", "Gereja setempat", "Dinas Sosial", "Lembaga Pemasyarakatan", "Rumah sakit"};

    private List<AlternativeId> alternativeIds(Household h, NoNikReason reason, int birthYear) {
        List<AlternativeId> ids = null;
        switch (reason) {
            case CHILD_NOT_REGISTERED -> {
                if (rng.chance(0.3)) {
                    ids = add(ids, birthCertificate(h, birthYear));
                }
                if (rng.chance(0.1)) {
                    ids = add(ids, villageLetter(h));
                }
            }
            case REFUSED_ON_BELIEF_OR_CUSTOM -> {
                if (rng.chance(0.7)) {
                    ids = add(ids, new AlternativeId(AlternativeIdIssuer.ADAT_LEADER_LETTER, h.adatIssuer,
                            "SK-ADAT/" + rng.between(1, 400) + "/" + rng.between(2018, year)));
                }
                if (rng.chance(0.2)) {
                    ids = add(ids, villageLetter(h));
                }
            }
            case REMOTE_COMMUNITY -> {
                if (rng.chance(0.3)) {
                    ids = add(ids, new AlternativeId(AlternativeIdIssuer.ADAT_LEADER_LETTER, h.adatIssuer,
                            "KET-" + rng.between(1, 999)));
                }
                if (rng.chance(0.3)) {
                    ids = add(ids, villageLetter(h));
                }
            }
            case HOMELESS_OR_UNDOCUMENTED -> {
                if (rng.chance(0.5)) {
                    ids = add(ids, ngoCase());
                }
            }
            case LOST_DOCUMENTS -> {
                if (rng.chance(0.35)) {
                    ids = add(ids, bpjs());
                }
                if (rng.chance(0.25)) {
                    ids = add(ids, villageLetter(h));
                }
            }
            case DOCUMENTS_DENIED -> {
                if (rng.chance(0.4)) {
                    ids = add(ids, ngoCase());
                }
                if (rng.chance(0.2)) {
                    ids = add(ids, new AlternativeId(AlternativeIdIssuer.OTHER, OTHER_ISSUERS[0],
                            "MLKI-" + rng.between(100, 9999)));
                }
            }
            case NOT_YET_RECORDED -> {
                if (rng.chance(0.2)) {
                    ids = add(ids, villageLetter(h));
                }
                if (rng.chance(0.1)) {
                    ids = add(ids, bpjs());
                }
            }
            case OTHER -> {
                if (rng.chance(0.3)) {
                    ids = add(ids, new AlternativeId(AlternativeIdIssuer.OTHER, rng.pick(OTHER_ISSUERS),
                            "REF-" + rng.between(1000, 99999)));
                }
            }
        }
        return ids;
    }

    private static List<AlternativeId> add(List<AlternativeId> ids, AlternativeId id) {
        List<AlternativeId> list = ids == null ? new ArrayList<>(2) : ids;
        list.add(id);
        return list;
    }

    private AlternativeId birthCertificate(Household h, int birthYear) {
        String regency = reference.regencyCode(h.regency);
        return new AlternativeId(AlternativeIdIssuer.BIRTH_CERTIFICATE, "Disdukcapil " + regency,
                regency.substring(0, 2) + regency.substring(3, 5) + "-LT-" + birthYear + "-" + pad(rng.between(1, 99999), 5));
    }

    private AlternativeId villageLetter(Household h) {
        return new AlternativeId(AlternativeIdIssuer.VILLAGE_STATEMENT_LETTER,
                (h.urban ? "Kelurahan " : "Pemerintah Desa ") + h.villageCode,
                "470/" + rng.between(1, 999) + "/" + (h.urban ? "KEL" : "DS") + "/" + rng.between(2020, year));
    }

    private AlternativeId ngoCase() {
        return new AlternativeId(AlternativeIdIssuer.NGO_CASE_NUMBER, rng.pick(NGOS),
                "CASE-" + rng.between(2019, year) + "-" + pad(rng.between(1, 99999), 5));
    }

    private AlternativeId bpjs() {
        return new AlternativeId(AlternativeIdIssuer.BPJS_NUMBER, "BPJS Kesehatan",
                "000" + pad(rng.nextInt(1_000_000_000), 10));
    }

    private JknStatus jkn(Household h, boolean hasNik, boolean pbiHousehold) {
        double x = rng.nextDouble();
        if (x < 0.01) {
            return null; // unknown
        }
        if (!hasNik) {
            return x < 0.12 ? JknStatus.PBI : x < 0.15 ? JknStatus.NON_PBI : JknStatus.NONE;
        }
        if (pbiHousehold) {
            return x < 0.93 ? JknStatus.PBI : x < 0.95 ? JknStatus.NON_PBI : JknStatus.NONE;
        }
        double pbi = h.w < -0.5 ? 0.15 : 0.03; // regional-budget PBI, not reported as the programme
        if (x < 0.01 + pbi) {
            return JknStatus.PBI;
        }
        return rng.chance(sigmoid(1.5 + 1.1 * h.w)) ? JknStatus.NON_PBI : JknStatus.NONE;
    }

    /** A date that a register error might have put beside this NIK: never equal, never after asOf. */
    private LocalDate disagreeing(LocalDate nikDate) {
        LocalDate d;
        double x = rng.nextDouble();
        if (x < 0.3 && nikDate.getDayOfMonth() <= 12 && nikDate.getDayOfMonth() != nikDate.getMonthValue()) {
            d = LocalDate.of(nikDate.getYear(), nikDate.getDayOfMonth(), nikDate.getMonthValue()); // day/month swapped
        } else if (x < 0.5) {
            d = LocalDate.of(nikDate.getYear(), rng.chance(0.5) ? 1 : 7, 1); // "unknown date" conventions
        } else {
            d = nikDate.plusDays(rng.chance(0.5) ? rng.between(1, 60) : -rng.between(1, 60));
        }
        if (d.isAfter(asOf)) {
            d = nikDate.minusDays(rng.between(1, 60));
        }
        return d.equals(nikDate) ? nikDate.minusDays(1) : d;
    }

    private String nik(int regency, int district, LocalDate birthDate, boolean female, int serial) {
        char[] c = new char[16];
        String r = reference.regencyCode(regency);
        c[0] = r.charAt(0);
        c[1] = r.charAt(1);
        c[2] = r.charAt(3);
        c[3] = r.charAt(4);
        ReferenceData.digits(c, 4, 2, district);
        ReferenceData.digits(c, 6, 2, birthDate.getDayOfMonth() + (female ? 40 : 0));
        ReferenceData.digits(c, 8, 2, birthDate.getMonthValue());
        ReferenceData.digits(c, 10, 2, birthDate.getYear() % 100);
        ReferenceData.digits(c, 12, 4, serial);
        return new String(c);
    }

    // ------------------------------------------------------------------------------------------
    // KK number and location

    private String kkNumber(Household h) {
        double pNone = h.homeless ? 0.7 : h.adat ? 0.3 : h.remote ? 0.2 : 0.03;
        if (rng.chance(pNone)) {
            return null;
        }
        int regency = h.regency;
        int district = h.village / 10_000;
        if (rng.chance(0.03)) {
            // The family card was issued where the family lived before.
            regency = reference.sampleRegency(rng);
            district = reference.sampleVillage(regency, rng) / 10_000;
        }
        long suffix = (kkMultiplier * generated + kkOffset) % 10_000_000_000L;
        char[] c = new char[16];
        String r = reference.regencyCode(regency);
        c[0] = r.charAt(0);
        c[1] = r.charAt(1);
        c[2] = r.charAt(3);
        c[3] = r.charAt(4);
        ReferenceData.digits(c, 4, 2, district);
        ReferenceData.digits(c, 6, 5, (int) (suffix / 100_000));
        ReferenceData.digits(c, 11, 5, (int) (suffix % 100_000));
        return new String(c);
    }

    private static final String[] STREETS = {
            "Merdeka", "Sudirman", "Diponegoro", "Ahmad Yani", "Gajah Mada", "Pahlawan", "Kartini", "Imam Bonjol",
            "Hasanuddin", "Veteran", "Mawar", "Melati", "Kenanga", "Flamboyan", "Cempaka", "Anggrek", "Kenari",
            "Masjid", "Pasar Baru", "Sekolah", "Pemuda", "Cendrawasih", "Nusantara", "Sisingamangaraja", "Teuku Umar",
            "Pattimura", "Sam Ratulangi", "Dr. Sutomo", "Kamboja", "Beringin", "Mangga", "Rambutan", "Damai"};
    private static final String[] HAMLETS = {
            "Krajan", "Sukamaju", "Sukamulya", "Mekarsari", "Kampung Baru", "Tanjung", "Suka Damai", "Sidomulyo",
            "Margomulyo", "Pematang", "Lubuk", "Air Putih", "Bukit Indah", "Sumber Rejo", "Karang Anyar", "Sinar Harapan",
            "Harapan Jaya", "Padang", "Mulia", "Tengah", "Hilir", "Hulu", "Pantai", "Gunung Sari"};

    private Location location(Household h) {
        String sls = null;
        if (!h.homeless && rng.chance(0.95)) {
            int rt = h.urban ? rng.between(1, 15) : rng.between(1, 10);
            int rw = h.urban ? rng.between(1, 12) : rng.between(1, 6);
            sls = "RT " + pad(rt, 3) + " RW " + pad(rw, 3);
        }
        String address;
        if (h.homeless) {
            address = rng.chance(0.5) ? "Kolong jembatan Jl. " + rng.pick(STREETS) : "Sekitar Pasar " + rng.pick(STREETS);
        } else if (rng.chance(0.1)) {
            address = null;
        } else if (h.urban) {
            address = (rng.chance(0.3) ? "Gg. " : "Jl. ") + rng.pick(STREETS) + " No. " + rng.between(1, 250);
        } else {
            String prefix = switch (h.prov.code()) {
                case 13 -> "Jorong ";
                case 51 -> "Banjar ";
                case 91, 92, 93, 94, 95, 96 -> "Kampung ";
                default -> h.prov.java() ? "Dusun " : rng.chance(0.5) ? "Dusun " : "Lingkungan ";
            };
            address = prefix + rng.pick(HAMLETS);
        }
        Coordinates coordinates = null;
        if (rng.chance(h.homeless ? 0.2 : h.urban ? 0.85 : 0.7)) {
            coordinates = coordinates(h);
        }
        return new Location(h.villageCode, sls, address, coordinates);
    }

    /** Regency centre and village offset from seed-independent hashes, the household nearby. */
    private Coordinates coordinates(Household h) {
        Profile p = h.prov;
        long regencyKey = h.villageKey / 1_000_000;
        double latC = p.latMin() + (0.15 + 0.7 * Rng.unit(Rng.mix(regencyKey * 31 + 7))) * (p.latMax() - p.latMin());
        double lonC = p.lonMin() + (0.15 + 0.7 * Rng.unit(Rng.mix(regencyKey * 37 + 11))) * (p.lonMax() - p.lonMin());
        double spread = Math.min(0.35, 0.25 * Math.min(p.latMax() - p.latMin(), p.lonMax() - p.lonMin()));
        double lat = latC + (Rng.unit(Rng.mix(h.villageKey * 41 + 13)) - 0.5) * 2 * spread + 0.003 * rng.gaussian();
        double lon = lonC + (Rng.unit(Rng.mix(h.villageKey * 43 + 17)) - 0.5) * 2 * spread + 0.003 * rng.gaussian();
        lat = clamp(clamp(lat, p.latMin(), p.latMax()), -11.0, 6.0);
        lon = clamp(clamp(lon, p.lonMin(), p.lonMax()), 95.0, 141.0);
        return new Coordinates(Math.round(lat * 1e6) / 1e6, Math.round(lon * 1e6) / 1e6);
    }

    // ------------------------------------------------------------------------------------------
    // Helpers

    /** scratch[i] = base[i] * exp(beta[i] * w) (beta null: base only). */
    private void fill(double[] base, double[] beta, double w) {
        for (int i = 0; i < base.length; i++) {
            scratch[i] = beta == null || beta[i] == 0 ? base[i] : base[i] * StrictMath.exp(beta[i] * w);
        }
    }

    private static double sigmoid(double x) {
        return 1 / (1 + StrictMath.exp(-x));
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static String pad(long value, int width) {
        String s = Long.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    private static final class Household {
        int regency;
        int village;
        long villageKey;
        String villageCode;
        Profile prov;
        boolean urban;
        boolean remote;
        boolean adat;
        String adatIssuer;
        boolean homeless;
        boolean disaster;
        boolean socialConflict;
        boolean couple;
        Culture culture;
        double w;
        Person adultChild;
        Person childInLaw;
        final List<Person> people = new ArrayList<>(8);
    }

    private static final class Person {
        final Relationship rel;
        final Sex sex;
        final int age;
        MaritalStatus marital;
        int birthOrder;
        String surname;
        String name;
        boolean pregnant;
        SchoolParticipation school;
        Education education;
        Work work;
        boolean disabled;
        Disability disability;
        boolean chronic;
        EnumSet<Ppks> ppks;

        Person(Relationship rel, Sex sex, int age) {
            this.rel = rel;
            this.sex = sex;
            this.age = age;
        }

        void add(Ppks category) {
            if (ppks == null) {
                ppks = EnumSet.noneOf(Ppks.class);
            }
            ppks.add(category);
        }
    }
}
