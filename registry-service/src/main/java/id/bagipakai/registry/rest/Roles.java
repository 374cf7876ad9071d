package id.bagipakai.registry.rest;

/** Realm roles of the bagipakai Keycloak realm that the registry's API checks. */
final class Roles {

    /** Registry staff: every read and write. */
    static final String OPERATOR = "operator";

    /** A partner system: may submit findings (the gateway will be its usual door). */
    static final String AGENCY = "agency";

    private Roles() {
    }
}
