package id.bagipakai.consent.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The operator behind the current request, as recorded in histories (the token's user name). */
@RequestScoped
public class Operators {

    public static final String ROLE = "operator";

    @Inject
    SecurityIdentity identity;

    public String current() {
        return identity.getPrincipal().getName();
    }
}
