package id.bagipakai.policy;

/** Whether an agency sees NIK, KK and internal ids, or per-agency pseudonyms in their place. */
public enum AccessMode {
    IDENTIFIED,
    PSEUDONYMOUS
}
