package id.bagipakai.gateway.service;

import id.bagipakai.gateway.domain.Disclosure;
import id.bagipakai.gateway.domain.DisclosureChain;
import id.bagipakai.gateway.repository.DisclosureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.SQLException;
import java.util.List;

/** Reading the disclosure log: who received a person's data, and whether a chain is intact. */
@ApplicationScoped
public class DisclosureQueries {

    @Inject
    DisclosureRepository repository;

    public List<Disclosure> ofMember(String memberId, int limit) {
        return read(() -> repository.ofMember(memberId, limit));
    }

    public List<Disclosure> ofHousehold(String householdId, int limit) {
        return read(() -> repository.ofHousehold(householdId, limit));
    }

    /** Walks the agreement's whole chain; reports the first broken link, if any. */
    public DisclosureChain.Verification verify(String agreementId) {
        DisclosureChain.Verifier verifier = new DisclosureChain.Verifier(agreementId);
        read(() -> {
            repository.walkChain(agreementId, verifier::accept);
            return null;
        });
        return verifier.result();
    }

    private interface Query<T> {
        T run() throws SQLException;
    }

    private static <T> T read(Query<T> query) {
        try {
            return query.run();
        } catch (SQLException e) {
            throw new IllegalStateException("the disclosure log cannot be read: " + e.getMessage(), e);
        }
    }
}
