package id.bagipakai.consent.service;

/** Keycloak could not be reached or refused an admin call: nothing was changed here. */
public class KeycloakUnavailableException extends RuntimeException {

    public KeycloakUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
