package id.bagipakai.registry.domain;

/** Sex as the population register records it (and as a NIK encodes it). */
public enum Sex {
    MALE,
    FEMALE
}
