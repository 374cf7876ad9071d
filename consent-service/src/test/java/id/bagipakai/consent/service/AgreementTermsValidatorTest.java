package id.bagipakai.consent.service;

import id.bagipakai.commons.problem.InvalidInputException;
import id.bagipakai.commons.problem.Problem.FieldError;
import id.bagipakai.consent.domain.AgreementDraft;
import id.bagipakai.consent.domain.AgreementTerms;
import id.bagipakai.contracts.codes.Ppks;
import id.bagipakai.policy.AccessMode;
import id.bagipakai.policy.DeliveryMode;
import id.bagipakai.policy.LegalBasis;
import id.bagipakai.policy.Purpose;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AgreementTermsValidatorTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final Set<String> REGIONS = Set.of("32", "32.73", "32.73.01", "32.73.01.1001");
    private final AgreementTermsValidator validator =
            new AgreementTermsValidator(id.bagipakai.policy.AgreementTerms.grantableFields(), REGIONS::contains);

    private static AgreementDraft valid() {
        return new AgreementDraft(UUID.randomUUID(), "PKS 12/2026", "REHABILITATION_SERVICES", "PUBLIC_TASK",
                List.of("HouseholdRegistered", "HouseholdUpdated", "HouseholdRegistered"), List.of("household-events"),
                List.of("/location/regionCode", "/members/*/name"), List.of("32.73"),
                List.of("VICTIM_OF_DRUG_ABUSE"), "PSEUDONYMOUS", List.of("SSE", "PULL"),
                NOW.minus(1, ChronoUnit.DAYS), NOW.plus(365, ChronoUnit.DAYS), "90");
    }

    @Test
    void acceptsAValidDraftInTheSharedVocabulary() {
        AgreementTerms terms = validator.validate(valid(), NOW);

        assertThat(terms.purpose()).isEqualTo(Purpose.REHABILITATION_SERVICES);
        assertThat(terms.legalBasis()).isEqualTo(LegalBasis.PUBLIC_TASK);
        assertThat(terms.accessMode()).isEqualTo(AccessMode.PSEUDONYMOUS);
        assertThat(terms.eventTypes()).containsExactly("HouseholdRegistered", "HouseholdUpdated");
        assertThat(terms.ppksCategories()).containsExactly(Ppks.VICTIM_OF_DRUG_ABUSE);
        assertThat(terms.deliveryModes()).containsExactly(DeliveryMode.SSE, DeliveryMode.PULL);
        assertThat(terms.retention()).isEqualTo(Period.ofDays(90));
    }

    @Test
    void namesEveryUnknownListElementByItsIndex() {
        AgreementDraft d = valid();
        AgreementDraft bad = new AgreementDraft(d.agencyId(), d.reference(), "SELLING_DATA", "BECAUSE",
                List.of("HouseholdRegistered", "HouseholdDeleted"), List.of("household-events", "tax-events"),
                List.of("/location/regionCode", "/members/*/name", "/members/*/password", "/location"),
                List.of("32.73", "99.99"), List.of("HOMELESS", "ALIEN"), "FULL", List.of("SSE", "CARRIER_PIGEON"),
                d.validFrom(), d.validUntil(), "P1Y");

        assertThat(errors(bad)).extracting(FieldError::pointer).containsExactlyInAnyOrder(
                "/purpose", "/legalBasis", "/accessMode", "/eventTypes/1", "/streams/1", "/fields/2",
                "/regionScope/1", "/ppksCategories/1", "/deliveryModes/1");
    }

    @Test
    void acceptsResultFieldsForTheEligibilityStreamAndNamesWhatIsNeither() {
        AgreementDraft d = valid();
        AgreementDraft results = new AgreementDraft(d.agencyId(), d.reference(), d.purpose(), d.legalBasis(),
                List.of("WelfareRankChanged", "EligibilityChanged"), List.of("eligibility"),
                List.of("/welfare/desils", "/eligibility", "/location/regionCode", "/score"), d.regionScope(),
                d.ppksCategories(), d.accessMode(), d.deliveryModes(), d.validFrom(), d.validUntil(), d.retention());

        assertThat(errors(results)).containsExactly(new FieldError("/fields/3",
                "is not a field of the household state or of the eligibility results"));
        AgreementDraft valid = new AgreementDraft(d.agencyId(), d.reference(), d.purpose(), d.legalBasis(),
                results.eventTypes(), results.streams(), results.fields().subList(0, 3), d.regionScope(),
                d.ppksCategories(), d.accessMode(), d.deliveryModes(), d.validFrom(), d.validUntil(), d.retention());
        assertThat(validator.validate(valid, NOW).fields())
                .containsExactly("/welfare/desils", "/eligibility", "/location/regionCode");
    }

    @Test
    void requiresTheEssentials() {
        AgreementDraft empty = new AgreementDraft(null, null, null, null, null, List.of(), null, null, null, null,
                null, null, null, null);

        assertThat(errors(empty)).extracting(FieldError::pointer).containsExactlyInAnyOrder(
                "/agencyId", "/purpose", "/legalBasis", "/accessMode", "/eventTypes", "/streams", "/fields",
                "/regionScope", "/deliveryModes", "/validFrom", "/validUntil", "/retention");
    }

    @Test
    void aWindowMustEndAfterItStartsAndInTheFuture() {
        AgreementDraft d = valid();
        AgreementDraft backwards = withWindow(d, NOW.plus(10, ChronoUnit.DAYS), NOW.plus(5, ChronoUnit.DAYS));
        AgreementDraft over = withWindow(d, NOW.minus(10, ChronoUnit.DAYS), NOW.minus(5, ChronoUnit.DAYS));

        assertThat(errors(backwards)).containsExactly(new FieldError("/validUntil", "must be after validFrom"));
        assertThat(errors(over)).containsExactly(new FieldError("/validUntil", "must be in the future"));
    }

    @Test
    void retentionIsAPositivePeriodOrDays() {
        AgreementDraft d = valid();
        for (String bad : List.of("0", "forever", "P0D", "PT1H")) {
            AgreementDraft draft = new AgreementDraft(d.agencyId(), d.reference(), d.purpose(), d.legalBasis(),
                    d.eventTypes(), d.streams(), d.fields(), d.regionScope(), d.ppksCategories(), d.accessMode(),
                    d.deliveryModes(), d.validFrom(), d.validUntil(), bad);
            assertThat(errors(draft)).extracting(FieldError::pointer).as(bad).containsExactly("/retention");
        }
    }

    @Test
    void emptyElementsAreNamedToo() {
        AgreementDraft d = valid();
        AgreementDraft blank = new AgreementDraft(d.agencyId(), d.reference(), d.purpose(), d.legalBasis(),
                d.eventTypes(), d.streams(), java.util.Arrays.asList("/kkNumber", null, " "), d.regionScope(),
                d.ppksCategories(), d.accessMode(), d.deliveryModes(), d.validFrom(), d.validUntil(), d.retention());

        assertThat(errors(blank)).extracting(FieldError::pointer).containsExactly("/fields/1", "/fields/2");
    }

    private static AgreementDraft withWindow(AgreementDraft d, Instant from, Instant until) {
        return new AgreementDraft(d.agencyId(), d.reference(), d.purpose(), d.legalBasis(), d.eventTypes(),
                d.streams(), d.fields(), d.regionScope(), d.ppksCategories(), d.accessMode(), d.deliveryModes(),
                from, until, d.retention());
    }

    private List<FieldError> errors(AgreementDraft draft) {
        return catchThrowableOfType(InvalidInputException.class, () -> validator.validate(draft, NOW)).errors();
    }
}
