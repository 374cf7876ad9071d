package id.bagipakai.eligibility.domain;

/**
 * The housing block as codes (the registry's {@code HousingCodes} names). Every part may be
 * null: not asked, not answered, or a household without a dwelling.
 */
public record Housing(
        String tenure,
        Double floorAreaM2,
        String floor,
        String wall,
        String roof,
        String drinkingWater,
        String lighting,
        String installedPower,
        String cookingFuel,
        String toilet,
        String toiletType,
        String finalDisposal) {

    public static final Housing UNKNOWN = new Housing(null, null, null, null, null, null, null, null, null, null,
            null, null);
}
