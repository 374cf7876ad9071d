package id.bagipakai.eligibility.domain;

import java.util.List;

/**
 * The automated decision for one programme: eligible when every condition is met. Each decision
 * carries its reasons because a person may object to it (UU 27/2022 Art. 10) and a reviewer
 * must see what decided.
 *
 * @param programme    PKH, BPNT_SEMBAKO, PBI_JKN, PIP, ATENSI, …
 * @param rulesVersion the rule set that decided
 */
public record ProgrammeDecision(String programme, boolean eligible, String rulesVersion, List<Reason> reasons) {

    public ProgrammeDecision {
        reasons = List.copyOf(reasons);
    }

    /** One line per condition, naming the programme and the rule version. */
    public List<String> explanation() {
        return reasons.stream().map(r -> programme + " (rules " + rulesVersion + ") " + r.text()).toList();
    }
}
