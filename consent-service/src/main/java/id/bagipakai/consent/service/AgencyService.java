package id.bagipakai.consent.service;

import id.bagipakai.commons.problem.ConflictException;
import id.bagipakai.commons.problem.InvalidInputException;
import id.bagipakai.commons.problem.Problem.FieldError;
import id.bagipakai.consent.domain.Agency;
import id.bagipakai.consent.domain.AgencyKind;
import id.bagipakai.consent.domain.AgencyStatus;
import id.bagipakai.consent.domain.Slugs;
import id.bagipakai.consent.repository.AgencyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Registers agencies as Keycloak clients and controls whether they can get tokens. */
@ApplicationScoped
public class AgencyService {

    /** Whom the registry calls about the agency. */
    public record Contact(String name, String email, String phone) {
    }

    /** An agency as the API shows it (never its secret). */
    public record View(UUID id, String name, AgencyKind kind, String regionCode, Contact contact, String clientId,
                       AgencyStatus status, String createdBy, Instant createdAt, Instant updatedAt) {
    }

    /** What an agency needs to ask Keycloak for tokens; the secret is shown this once. */
    public record Credentials(String clientId, String clientSecret) {
    }

    public record Registered(View agency, Credentials credentials) {
    }

    @Inject
    AgencyRepository agencies;

    @Inject
    KeycloakAgencies keycloak;

    @Inject
    RegionCodes regions;

    @Inject
    AgreementService agreements;

    /**
     * Creates the Keycloak client first: if that fails nothing is stored; if storing fails the
     * client is deleted again, so neither side keeps half an agency.
     */
    @Transactional
    public Registered register(String name, AgencyKind kind, String regionCode, Contact contact, String clientId,
                               String actor) {
        String id = clientId == null ? Slugs.of(name) : clientId;
        checkRegistration(name, kind, regionCode, clientId, id);
        String internalId = keycloak.createClient(id, name, kind + (regionCode == null ? "" : " " + regionCode)
                + ", contact " + contact.email());
        try {
            Agency a = new Agency();
            a.id = UUID.randomUUID();
            a.clientId = id;
            a.keycloakId = internalId;
            a.name = name.strip();
            a.kind = kind;
            a.regionCode = regionCode;
            a.contactName = contact.name();
            a.contactEmail = contact.email();
            a.contactPhone = contact.phone();
            a.status = AgencyStatus.ACTIVE;
            a.createdBy = actor;
            a.createdAt = now();
            a.updatedAt = a.createdAt;
            agencies.persistAndFlush(a);
            return new Registered(view(a), new Credentials(id, keycloak.secret(internalId)));
        } catch (RuntimeException e) {
            keycloak.deleteQuietly(internalId);
            throw e;
        }
    }

    private void checkRegistration(String name, AgencyKind kind, String regionCode, String given, String clientId) {
        List<FieldError> errors = new ArrayList<>();
        if (kind == AgencyKind.REGIONAL_OFFICE && regionCode == null) {
            errors.add(new FieldError("/regionCode", "is required for a regional office"));
        } else if (kind == AgencyKind.REGIONAL_OFFICE && !regions.isProvinceOrRegency(regionCode)) {
            errors.add(new FieldError("/regionCode", "is not a province or regency code in the official region table"));
        } else if (kind != AgencyKind.REGIONAL_OFFICE && regionCode != null) {
            errors.add(new FieldError("/regionCode", "is only for regional offices"));
        }
        if (!Slugs.isValidClientId(clientId)) {
            errors.add(given != null ? new FieldError("/clientId", "must match " + Slugs.CLIENT_ID_PATTERN)
                    : new FieldError("/name", "needs letters or digits to derive a client id from"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (agencies.nameTaken(name.strip())) {
            throw new ConflictException("An agency named " + name.strip() + " exists",
                    List.of(new FieldError("/name", "is taken")), null);
        }
        if (agencies.clientIdTaken(clientId)) {
            throw new ConflictException("An agency has the client id " + clientId,
                    List.of(new FieldError(given != null ? "/clientId" : "/name", "gives the client id " + clientId
                            + ", which is taken")), null);
        }
    }

    public View get(UUID id) {
        return view(find(id));
    }

    public List<View> list(int limit) {
        return agencies.newestFirst(limit).stream().map(AgencyService::view).toList();
    }

    /** A new client secret, returned once; the old one stops working. */
    @Transactional
    public Credentials rotateSecret(UUID id) {
        Agency a = agencies.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> notFound(id));
        String secret = keycloak.rotateSecret(a.keycloakId);
        a.updatedAt = now();
        return new Credentials(a.clientId, secret);
    }

    /** Disables the agency's client: Keycloak issues it no token until it is reinstated. */
    @Transactional
    public View suspend(UUID id, String actor) {
        return setStatus(id, AgencyStatus.SUSPENDED, actor);
    }

    @Transactional
    public View reinstate(UUID id, String actor) {
        return setStatus(id, AgencyStatus.ACTIVE, actor);
    }

    private View setStatus(UUID id, AgencyStatus target, String actor) {
        Agency a = agencies.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> notFound(id));
        if (a.status == target) {
            throw new ConflictException("Agency " + id + " is already " + target.name().toLowerCase(), List.of(), null);
        }
        a.status = target;
        a.updatedAt = now();
        agreements.agencyChanged(a, actor, a.updatedAt);
        // Keycloak last: if it fails, the transaction rolls the status back.
        keycloak.setEnabled(a.keycloakId, target == AgencyStatus.ACTIVE);
        return view(a);
    }

    Agency find(UUID id) {
        return agencies.findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    static View view(Agency a) {
        return new View(a.id, a.name, a.kind, a.regionCode, new Contact(a.contactName, a.contactEmail, a.contactPhone),
                a.clientId, a.status, a.createdBy, a.createdAt, a.updatedAt);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("No agency " + id);
    }
}
