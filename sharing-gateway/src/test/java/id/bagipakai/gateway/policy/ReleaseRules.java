package id.bagipakai.gateway.policy;

import id.bagipakai.gateway.policy.EnforcementCases.Case;
import id.bagipakai.gateway.policy.EnforcementCases.Member;
import id.bagipakai.policy.AgreementStatus;
import id.bagipakai.policy.AgreementTerms;
import id.bagipakai.policy.ConsentRecord;
import id.bagipakai.policy.ConsentScope;
import id.bagipakai.policy.ConsentState;
import id.bagipakai.policy.HouseholdFields;
import id.bagipakai.policy.LegalBasis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What may leave, restated over one generated case from the documented rules (the issue, the
 * policy's and the ledger's documentation) rather than from the steps' code. Each rule is a
 * necessary condition, written so that it holds whatever the ledger makes of ties: a release
 * that breaks one is a leak, whatever the chain's reasons.
 */
final class ReleaseRules {

    private static final ZoneOffset WIB = ZoneOffset.ofHours(7);

    private final Case c;
    private final AgreementTerms terms;

    ReleaseRules(Case c) {
        this.c = c;
        this.terms = c.terms();
    }

    /** Why nothing of the household may leave, or null when it may. */
    String householdDenial() {
        var grant = c.grant();
        if (!c.roles().contains(EnforcementCases.ROLE) || !c.stream().equals(EnforcementCases.STREAM)) {
            return "stream not granted to the agency";
        }
        if (!grant.agencyClientId().equals(c.agency())) {
            return "not the agency's agreement";
        }
        if (!grant.agencyActive()) {
            return "agency suspended";
        }
        if (terms.status() != AgreementStatus.ACTIVE) {
            return "agreement not active";
        }
        if (EnforcementCases.NOW.isBefore(terms.validFrom()) || !EnforcementCases.NOW.isBefore(terms.validUntil())) {
            return "outside the agreement's window";
        }
        if (!grant.streams().contains(c.stream()) || !grant.deliveryModes().contains(c.mode())) {
            return "stream or delivery mode not carried";
        }
        if (!terms.eventTypes().contains(c.eventType())) {
            return "event type not covered";
        }
        if (terms.fields().stream().noneMatch(HouseholdFields::contains)) {
            return "no household field granted";
        }
        if (!coversRegion(c.region())) {
            return "region out of scope";
        }
        if (c.members().stream().noneMatch(this::mayBeShared)) {
            return "no member may be shared";
        }
        return null;
    }

    /** A prefix covers a village when its code parts begin the village's code parts. */
    private boolean coversRegion(String region) {
        if (region == null) {
            return false;
        }
        List<String> parts = Arrays.asList(region.split("\\."));
        return terms.regionPrefixes().stream().map(p -> Arrays.asList(p.split("\\.")))
                .anyMatch(p -> p.size() <= parts.size() && parts.subList(0, p.size()).equals(p));
    }

    /** Why the member may not be shared at all, or null when the rules leave it possible. */
    String memberDenial(Member m) {
        if (stopped(m)) {
            return "a refusal or withdrawal stands";
        }
        boolean yieldsToObjection = terms.legalBasis() == LegalBasis.PUBLIC_TASK
                || terms.legalBasis() == LegalBasis.LEGITIMATE_INTEREST;
        if (yieldsToObjection && objects(m)) {
            return "objects under " + terms.legalBasis();
        }
        if (terms.legalBasis() == LegalBasis.EXPLICIT_CONSENT && !soundGrant(m)) {
            return "no explicit consent under a consent basis";
        }
        if (!terms.ppksCategories().isEmpty()
                && m.ppks().stream().noneMatch(p -> terms.ppksCategories().contains(p)
                        && (!p.specific() || soundGrant(m)))) {
            return "in no PPKS category of the agreement it may show";
        }
        return null;
    }

    boolean mayBeShared(Member m) {
        return memberDenial(m) == null;
    }

    /**
     * A grant in scope that counts at {@code now}, not followed (at or after it) by a refusal or
     * withdrawal in its own scope, nor (after it) by a purpose-wide withdrawal: the only thing
     * that lets specific data, or anything under a consent basis, flow.
     */
    boolean soundGrant(Member m) {
        List<ConsentRecord> counting = counting(m);
        return counting.stream().filter(g -> g.state() == ConsentState.GRANTED).anyMatch(g -> counting.stream()
                .noneMatch(r -> r != g && r.state() != ConsentState.GRANTED
                        && (r.scope().getClass() == g.scope().getClass() && !r.givenAt().isBefore(g.givenAt())
                        || r.scope() instanceof ConsentScope.OfPurpose && r.state() == ConsentState.WITHDRAWN
                        && r.givenAt().isAfter(g.givenAt()))));
    }

    /**
     * A no stands: a withdrawal after every grant, or the agreement's own latest answer (or,
     * without any, the purpose's) includes a refusal or withdrawal; then nothing flows whatever the basis.
     */
    private boolean stopped(Member m) {
        List<ConsentRecord> counting = counting(m);
        Optional<Instant> lastGrant = counting.stream().filter(r -> r.state() == ConsentState.GRANTED)
                .map(ConsentRecord::givenAt).max(Instant::compareTo);
        boolean withdrawnSince = counting.stream().anyMatch(r -> r.state() == ConsentState.WITHDRAWN
                && lastGrant.map(g -> r.givenAt().isAfter(g)).orElse(true));
        List<ConsentRecord> ofAgreement = latest(counting, ConsentScope.OfAgreement.class);
        List<ConsentRecord> decisive = ofAgreement.isEmpty()
                ? latest(counting, ConsentScope.OfPurpose.class) : ofAgreement;
        return withdrawnSince || decisive.stream().anyMatch(r -> r.state() != ConsentState.GRANTED);
    }

    /** In either scope, every answer at its latest instant objects: the objection stands. */
    private boolean objects(Member m) {
        List<ConsentRecord> counting = counting(m);
        return List.of(ConsentScope.OfAgreement.class, ConsentScope.OfPurpose.class).stream()
                .map(kind -> latest(counting, kind))
                .anyMatch(l -> !l.isEmpty() && l.stream().allMatch(ConsentRecord::objection));
    }

    private static List<ConsentRecord> latest(List<ConsentRecord> counting, Class<? extends ConsentScope> kind) {
        List<ConsentRecord> ofKind = counting.stream().filter(r -> kind.isInstance(r.scope())).toList();
        Optional<Instant> last = ofKind.stream().map(ConsentRecord::givenAt).max(Instant::compareTo);
        return ofKind.stream().filter(r -> r.givenAt().equals(last.orElse(null))).toList();
    }

    /** The answers that count now: in scope, already given, and a grant about a child only with a guardian. */
    private List<ConsentRecord> counting(Member m) {
        return m.consents().stream()
                .filter(r -> switch (r.scope()) {
                    case ConsentScope.OfAgreement a -> a.agreementId().equals(terms.agreementId());
                    case ConsentScope.OfPurpose p -> p.purpose() == terms.purpose();
                })
                .filter(r -> !r.givenAt().isAfter(EnforcementCases.NOW))
                .filter(r -> r.state() != ConsentState.GRANTED || r.guardianPresent() || adultAt(m, r.givenAt()))
                .toList();
    }

    /**
     * Eighteen on the WIB calendar; an estimated year counts from its last day, 29 February comes
     * of age on 1 March in a common year, an unknown age is a child's.
     */
    private static boolean adultAt(Member m, Instant t) {
        LocalDate birth = m.birthDate() != null ? m.birthDate()
                : m.estimatedBirthYear() != null ? LocalDate.of(m.estimatedBirthYear(), 12, 31) : null;
        if (birth == null) {
            return false;
        }
        int year = birth.getYear() + 18;
        LocalDate majority = birth.getMonthValue() == 2 && birth.getDayOfMonth() == 29 && !Year.isLeap(year)
                ? LocalDate.of(year, 3, 1) : birth.withYear(year);
        return !t.atOffset(WIB).toLocalDate().isBefore(majority);
    }
}
