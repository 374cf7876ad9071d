package id.bagipakai.policy;

/** Why an agency receives data: purpose limitation (UU 27/2022) ties every flow to one of these. */
public enum Purpose {
    /** Targeting social assistance (PKH, BPNT/Sembako, PBI-JKN, PIP). */
    SOCIAL_ASSISTANCE_TARGETING,
    /** Rehabilitation services for PPKS (ATENSI), by ministry centres, regional offices and NGOs. */
    REHABILITATION_SERVICES,
    /** Disaster and emergency response. */
    EMERGENCY_RESPONSE,
    /** Planning and official statistics (aggregate use). */
    PLANNING_STATISTICS,
    RESEARCH
}
