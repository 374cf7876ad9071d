package id.bagipakai.eligibility.domain;

/** The Regsosek asset questions; {@link #variable()} is the field name in events and in PMT model files. */
public enum Asset {
    LPG_TANK_5_5_KG_OR_MORE("lpgTank55KgOrMore"),
    REFRIGERATOR("refrigerator"),
    AIR_CONDITIONER("airConditioner"),
    WATER_HEATER("waterHeater"),
    LANDLINE("landline"),
    TELEVISION_30_INCH_OR_MORE("television30InchOrMore"),
    GOLD_10_GRAMS_OR_MORE("gold10GramsOrMore"),
    COMPUTER("computer"),
    SMARTPHONE("smartphone"),
    BICYCLE("bicycle"),
    MOTORCYCLE("motorcycle"),
    CAR("car"),
    BOAT("boat"),
    MOTOR_BOAT("motorBoat"),
    LAND_ELSEWHERE("landElsewhere"),
    HOUSE_ELSEWHERE("houseElsewhere");

    private final String variable;

    Asset(String variable) {
        this.variable = variable;
    }

    public String variable() {
        return variable;
    }
}
