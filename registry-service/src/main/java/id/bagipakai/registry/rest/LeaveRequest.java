package id.bagipakai.registry.rest;

import id.bagipakai.registry.service.HouseholdService.LeaveReason;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** POST /households/{id}/members/{memberId}/leave. */
public record LeaveRequest(
        @NotNull(message = "is required (MOVED, DECEASED, SPLIT or OTHER)") LeaveReason reason,
        @Size(max = 500, message = "must be at most 500 characters") String note) {
}
