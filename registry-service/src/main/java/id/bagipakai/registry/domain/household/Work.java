package id.bagipakai.registry.domain.household;

import id.bagipakai.registry.domain.household.MemberCodes.WorkStatus;
import jakarta.validation.constraints.Size;

public record Work(
        WorkStatus status,
        @Size(max = 100, message = "must be at most 100 characters") String sector,
        @Size(max = 100, message = "must be at most 100 characters") String position) {
}
