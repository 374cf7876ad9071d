package id.bagipakai.consent.domain;

/** Who may receive data: a ministry, a regional government office (Dinas Sosial), or an NGO. */
public enum AgencyKind {
    MINISTRY,
    /** Bound to a province or regency: it must name its region code. */
    REGIONAL_OFFICE,
    NGO
}
