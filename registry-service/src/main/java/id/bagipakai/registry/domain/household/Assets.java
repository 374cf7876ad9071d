package id.bagipakai.registry.domain.household;

/** Regsosek asset questions: true (owns), false (does not), null (not asked / unknown). */
public record Assets(
        Boolean lpgTank55KgOrMore,
        Boolean refrigerator,
        Boolean airConditioner,
        Boolean waterHeater,
        Boolean landline,
        Boolean television30InchOrMore,
        Boolean gold10GramsOrMore,
        Boolean computer,
        Boolean smartphone,
        Boolean bicycle,
        Boolean motorcycle,
        Boolean car,
        Boolean boat,
        Boolean motorBoat,
        Boolean landElsewhere,
        Boolean houseElsewhere) {
}
