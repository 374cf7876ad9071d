package id.bagipakai.eligibility.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Who calls: operators and reviewers of the bagipakai realm. */
@RequestScoped
public class Operators {

    public static final String ROLE = "operator";

    @Inject
    SecurityIdentity identity;

    public String current() {
        return identity.getPrincipal().getName();
    }
}
