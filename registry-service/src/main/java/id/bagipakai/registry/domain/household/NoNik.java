package id.bagipakai.registry.domain.household;

import id.bagipakai.registry.domain.household.MemberCodes.NoNikReason;
import jakarta.validation.Valid;

import java.util.List;

/** Why a member has no NIK, and what identifies them instead. Never a ground for rejection. */
public record NoNik(NoNikReason reason, List<@Valid AlternativeId> alternativeIds) {

    public NoNik {
        reason = reason == null ? NoNikReason.NOT_YET_RECORDED : reason;
        alternativeIds = alternativeIds == null ? List.of() : List.copyOf(alternativeIds);
    }
}
