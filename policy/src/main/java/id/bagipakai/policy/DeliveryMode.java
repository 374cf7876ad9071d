package id.bagipakai.policy;

/** How the gateway delivers a stream to an agency. */
public enum DeliveryMode {
    SSE,
    WEBHOOK,
    PULL
}
