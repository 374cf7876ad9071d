package id.bagipakai.gateway.domain;

import id.bagipakai.policy.AgreementTerms;
import id.bagipakai.policy.ConsentLedger;
import id.bagipakai.policy.ConsentRecord;
import id.bagipakai.policy.ConsentState;

import java.util.HashSet;
import java.util.Set;

/** Whether a ledger change takes a member out of an agreement: a new withdrawal, refusal or objection covering it. */
public final class Withdrawals {

    public static boolean withdrawsFrom(ConsentLedger before, ConsentLedger after, AgreementTerms terms) {
        Set<ConsentRecord> known = new HashSet<>(before.records());
        return after.records().stream()
                .filter(r -> !known.contains(r) && r.scope().covers(terms))
                .anyMatch(r -> r.state() != ConsentState.GRANTED || r.objection());
    }

    private Withdrawals() {
    }
}
