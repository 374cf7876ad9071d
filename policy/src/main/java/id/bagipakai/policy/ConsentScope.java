package id.bagipakai.policy;

import java.util.Objects;

/** What a consent answers for: one agreement, or every agreement serving one purpose. */
public sealed interface ConsentScope {

    /** Whether an agreement with these terms falls under this scope. */
    boolean covers(AgreementTerms terms);

    record OfAgreement(String agreementId) implements ConsentScope {
        public OfAgreement {
            Objects.requireNonNull(agreementId, "agreementId");
        }

        @Override
        public boolean covers(AgreementTerms terms) {
            return agreementId.equals(terms.agreementId());
        }
    }

    record OfPurpose(Purpose purpose) implements ConsentScope {
        public OfPurpose {
            Objects.requireNonNull(purpose, "purpose");
        }

        @Override
        public boolean covers(AgreementTerms terms) {
            return purpose == terms.purpose();
        }
    }
}
