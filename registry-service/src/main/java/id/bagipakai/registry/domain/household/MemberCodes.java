package id.bagipakai.registry.domain.household;

/** Stable codes of the Regsosek member questions (names are the codes: never rename). */
public final class MemberCodes {

    public enum Relationship { HEAD, SPOUSE, CHILD, CHILD_IN_LAW, GRANDCHILD, PARENT, PARENT_IN_LAW, OTHER_RELATIVE, OTHER }

    public enum MaritalStatus { SINGLE, MARRIED, DIVORCED, WIDOWED }

    public enum SchoolParticipation { NEVER, IN_SCHOOL, NO_LONGER }

    public enum Education {
        NONE, SD, SMP, SMA, SMK, D1_D3, D4_S1, S2, S3, PAKET_A, PAKET_B, PAKET_C
    }

    public enum WorkStatus { WORKING, NOT_WORKING, SCHOOL, HOUSEKEEPING, OTHER }

    public enum JknStatus { PBI, NON_PBI, NONE }

    /** Washington Group Short Set answer for one functional domain. */
    public enum Difficulty {
        NONE, SOME, A_LOT, CANNOT;

        /** A person has a disability when any domain is "a lot" or "cannot do at all". */
        public boolean isSevere() {
            return this == A_LOT || this == CANNOT;
        }
    }

    /** Why a member has no usable NIK: never a reason to reject them. */
    public enum NoNikReason {
        NOT_YET_RECORDED, REFUSED_ON_BELIEF_OR_CUSTOM, DOCUMENTS_DENIED, LOST_DOCUMENTS,
        HOMELESS_OR_UNDOCUMENTED, CHILD_NOT_REGISTERED, REMOTE_COMMUNITY, OTHER
    }

    /** Issuers of identifiers that stand in for a NIK. */
    public enum AlternativeIdIssuer {
        ADAT_LEADER_LETTER, NGO_CASE_NUMBER, BIRTH_CERTIFICATE, BPJS_NUMBER, VILLAGE_STATEMENT_LETTER, OTHER
    }

    private MemberCodes() {
    }
}
