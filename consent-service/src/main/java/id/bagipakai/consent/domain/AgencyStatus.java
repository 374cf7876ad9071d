package id.bagipakai.consent.domain;

/** A SUSPENDED agency's Keycloak client is disabled: it gets no new token, whatever its agreements. */
public enum AgencyStatus {
    ACTIVE,
    SUSPENDED
}
