package id.bagipakai.gateway.service;

import id.bagipakai.gateway.domain.AgreementGrant;
import id.bagipakai.policy.ConsentLedger;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Every agreement and every member's consent ledger, as the compacted topics of consent-service
 * last said. Held in memory and rebuilt from the topics at each start; an update older than what
 * is held (a repeat, at-least-once) is ignored. Listeners hear each change, so a revocation or a
 * withdrawal stops open streams at once.
 */
@ApplicationScoped
public class PolicyState {

    /** What changed: an agreement (with how it was before, null if new), or a member's ledger. */
    public sealed interface Change {
        record Agreement(AgreementGrant before, AgreementGrant after) implements Change {
        }

        /** A member's ledger changed; {@code before} is empty when the gateway knew none. */
        record Consents(String memberId, ConsentLedger before, ConsentLedger after) implements Change {
        }
    }

    private record Ledger(ConsentLedger ledger, int revision) {
    }

    private final Map<String, AgreementGrant> agreements = new ConcurrentHashMap<>();
    private final Map<String, Ledger> ledgers = new ConcurrentHashMap<>();
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

    public void apply(AgreementGrant grant) {
        AgreementGrant[] before = new AgreementGrant[1];
        AgreementGrant now = agreements.compute(grant.agreementId(), (id, held) -> {
            before[0] = held;
            return held != null && held.revision() > grant.revision() ? held : grant;
        });
        if (now == grant) {
            notify(new Change.Agreement(before[0], grant));
        }
    }

    public void apply(ConsentLedger ledger, int revision) {
        Ledger[] before = new Ledger[1];
        Ledger applied = ledgers.compute(ledger.memberId(), (id, held) -> {
            before[0] = held;
            return held != null && held.revision() > revision ? held : new Ledger(ledger, revision);
        });
        if (applied.ledger() == ledger) {
            notify(new Change.Consents(ledger.memberId(),
                    before[0] == null ? ConsentLedger.empty(ledger.memberId()) : before[0].ledger(), ledger));
        }
    }

    /** Every agreement of the agency whose tokens carry this client id, whatever its status. */
    public List<AgreementGrant> agreementsOf(String agencyClientId) {
        return agreements.values().stream().filter(a -> a.agencyClientId().equals(agencyClientId)).toList();
    }

    public AgreementGrant agreement(String agreementId) {
        return agreements.get(agreementId);
    }

    /** The members' ledgers by member id; a member who never answered has none (no answer given). */
    public Map<String, ConsentLedger> ledgersOf(Collection<String> memberIds) {
        Map<String, ConsentLedger> found = new HashMap<>();
        for (String id : memberIds) {
            Ledger l = ledgers.get(id);
            if (l != null) {
                found.put(id, l.ledger());
            }
        }
        return found;
    }

    /** The revision of the member's ledger the gateway holds; empty when it knows no answer of theirs. */
    public java.util.OptionalInt ledgerRevision(String memberId) {
        Ledger l = ledgers.get(memberId);
        return l == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(l.revision());
    }

    /** Registers a listener; running the returned action unregisters it. */
    public Runnable listen(Consumer<Change> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void notify(Change change) {
        listeners.forEach(l -> l.accept(change));
    }
}
