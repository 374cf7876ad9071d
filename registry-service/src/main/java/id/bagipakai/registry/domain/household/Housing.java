package id.bagipakai.registry.domain.household;

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
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.PositiveOrZero;

/** Regsosek housing block; every answer may be unknown (null) on a partial interview. */
public record Housing(
        Tenure tenure,
        @PositiveOrZero(message = "must not be negative")
        @DecimalMax(value = "10000", message = "must be at most 10000 m²") Double floorAreaM2,
        FloorMaterial floor,
        WallMaterial wall,
        RoofMaterial roof,
        DrinkingWater drinkingWater,
        Lighting lighting,
        InstalledPower installedPower,
        CookingFuel cookingFuel,
        ToiletFacility toilet,
        ToiletType toiletType,
        FinalDisposal finalDisposal) {
}
