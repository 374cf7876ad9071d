package id.bagipakai.registry.domain.household;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Where the household lives; urban or rural follows from the village code (1… kelurahan, 2… desa). */
public record Location(
        @NotBlank(message = "is required")
        @Pattern(regexp = "\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}", message = "must be a village code PP.KK.DD.VVVV")
        String regionCode,
        @Size(max = 40, message = "must be at most 40 characters") String sls,
        @Size(max = 500, message = "must be at most 500 characters") String address,
        @Valid Coordinates coordinates) {

    public boolean urban() {
        return regionCode != null && regionCode.length() == 13 && regionCode.charAt(9) == '1';
    }
}
