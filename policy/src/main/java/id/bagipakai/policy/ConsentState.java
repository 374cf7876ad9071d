package id.bagipakai.policy;

/** A person's answer to a request for consent; a withdrawal stops flows from then on. */
public enum ConsentState {
    GRANTED,
    REFUSED,
    WITHDRAWN
}
