package id.bagipakai.registry.domain.household;

/**
 * Stable codes of the Regsosek housing questions. The constant names are the codes stored and
 * sent: never rename one; add new ones at the end.
 */
public final class HousingCodes {

    public enum Tenure { OWN, RENT, RENT_FREE, OFFICIAL, OTHER }

    public enum FloorMaterial { MARBLE_GRANITE, CERAMIC, PARQUET_VINYL, TILE_TERRAZZO, WOOD, CEMENT_BRICK, BAMBOO, EARTH }

    public enum WallMaterial { MASONRY, PLASTERED_BAMBOO_WIRE, WOOD, WOVEN_BAMBOO, LOGS, BAMBOO, OTHER }

    public enum RoofMaterial { CONCRETE, CLAY_TILE, ASBESTOS, ZINC, WOOD_SHINGLE, BAMBOO, STRAW_PALM, OTHER }

    public enum DrinkingWater {
        BOTTLED, REFILL, PIPED_METERED, PIPED_RETAIL, BORE_WELL_PUMP, PROTECTED_WELL, UNPROTECTED_WELL,
        PROTECTED_SPRING, UNPROTECTED_SPRING, SURFACE_WATER, RAIN, OTHER
    }

    public enum Lighting { PLN_METERED, PLN_UNMETERED, NON_PLN, NONE }

    public enum InstalledPower { VA_450, VA_900, VA_1300, VA_2200, ABOVE_2200 }

    public enum CookingFuel {
        ELECTRICITY, LPG_5_5_KG_OR_MORE, LPG_3_KG, CITY_GAS, BIOGAS, KEROSENE, BRIQUETTES, CHARCOAL, FIREWOOD, NONE
    }

    public enum ToiletFacility { OWN, SHARED, PUBLIC, NONE }

    public enum ToiletType { GOOSENECK, PLENGSENGAN, CEMPLUNG_CUBLUK, NONE }

    public enum FinalDisposal { SEPTIC_TANK, TREATMENT_PLANT, POND_FIELD, RIVER_LAKE_SEA, PIT, OPEN_GROUND, OTHER }

    private HousingCodes() {
    }
}
