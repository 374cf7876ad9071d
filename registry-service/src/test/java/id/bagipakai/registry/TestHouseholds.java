package id.bagipakai.registry;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Request bodies and identifiers for registry tests; NIKs are random so reruns never collide. */
public final class TestHouseholds {

    public static final String VILLAGE = "11.01.01.2001";

    /** A valid NIK issued in district 11.01.01 for this birth date and sex (day + 40 for women). */
    public static String nik(LocalDate birthDate, boolean female) {
        int day = birthDate.getDayOfMonth() + (female ? 40 : 0);
        int serial = ThreadLocalRandom.current().nextInt(1, 10_000);
        return "110101" + "%02d%02d%02d".formatted(day, birthDate.getMonthValue(), birthDate.getYear() % 100)
                + "%04d".formatted(serial);
    }

    /** A random past birth date, so that a NIK built from it is rarely built twice. */
    public static LocalDate birthDate() {
        var random = ThreadLocalRandom.current();
        return LocalDate.of(random.nextInt(1950, 2005), random.nextInt(1, 13), random.nextInt(1, 29));
    }

    /** A household of a head with a NIK, a spouse without one (adat reason) and a child. */
    public static String household(String headNik, LocalDate headBirth) {
        return """
                {"kkNumber":"1101010101010001",
                 "location":{"regionCode":"%s","sls":"RT 01/RW 02","address":"Jl. Keude 1",
                             "coordinates":{"latitude":3.25,"longitude":97.2}},
                 "housing":{"tenure":"OWN","floorAreaM2":36,"floor":"CEMENT_BRICK","roof":"ZINC","lighting":"PLN_METERED"},
                 "assets":{"motorcycle":true,"refrigerator":false},
                 "programmesReceived":["PKH"],
                 "members":[
                   {"name":"Teuku Ahmad","nik":"%s","relationship":"HEAD","sex":"MALE","birthDate":"%s"},
                   {"name":"%s","relationship":"SPOUSE","sex":"FEMALE","estimatedBirthYear":1982,
                    "noNik":{"reason":"REFUSED_ON_BELIEF_OR_CUSTOM",
                             "alternativeIds":[{"issuer":"ADAT_LEADER_LETTER","issuerName":"Ketua Adat","value":"AL-17"}]}},
                   {"name":"%s","relationship":"CHILD","sex":"FEMALE","birthDate":"2015-07-01","ppks":["NEGLECTED_CHILD"],
                    "disability":{"walking":"A_LOT"}}
                 ]}""".formatted(VILLAGE, headNik, headBirth, uniqueName(), uniqueName());
    }

    /** Two random words: test households must not look like duplicates of each other. */
    public static String uniqueName() {
        var random = ThreadLocalRandom.current();
        StringBuilder name = new StringBuilder();
        for (int word = 0; word < 2; word++) {
            name.append(word == 0 ? "" : " ").append((char) ('A' + random.nextInt(26)));
            for (int i = 0; i < 7; i++) {
                name.append((char) ('a' + random.nextInt(26)));
            }
        }
        return name.toString();
    }

    private TestHouseholds() {
    }
}
