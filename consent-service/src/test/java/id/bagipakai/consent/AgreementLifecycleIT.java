package id.bagipakai.consent;

import id.bagipakai.consent.TestApi.Registered;
import id.bagipakai.consent.repository.AgreementRepository;
import id.bagipakai.policy.AgreementStatus;
import id.bagipakai.testsupport.StackTestResource;
import id.bagipakai.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static id.bagipakai.consent.TestApi.activeAgreement;
import static id.bagipakai.consent.TestApi.agreementBody;
import static id.bagipakai.consent.TestApi.as;
import static id.bagipakai.consent.TestApi.createAgreement;
import static id.bagipakai.consent.TestApi.operator1;
import static id.bagipakai.consent.TestApi.operator2;
import static id.bagipakai.consent.TestApi.registerNgo;
import static id.bagipakai.consent.TestApi.rolesOfNewToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** An agreement's lifecycle, its history, and the agency's stream roles in Keycloak following it. */
@QuarkusTest
@WithTestResource(value = StackTestResource.class, initArgs = @ResourceArg(name = "database", value = "consent"))
class AgreementLifecycleIT {

    @Inject
    AgreementRepository repository;

    private static final String STREAM_ROLE = "stream:household-events";

    @Test
    void activatingGrantsTheStreamRoleAndRevokingTakesItAway() {
        Registered agency = registerNgo("Yayasan Rehabilitasi");
        String op1 = operator1();
        String op2 = operator2();
        String id = createAgreement(op1, agreementBody(agency.id()));

        as(op1).body("{\"note\":\"please review\"}").post("/agreements/" + id + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
        as(op2).post("/agreements/" + id + "/approve").then().statusCode(200).body("status", equalTo("APPROVED"));
        assertThat(rolesOfNewToken(agency)).doesNotContain(STREAM_ROLE); // approved is not yet active

        as(op2).post("/agreements/" + id + "/activate").then().statusCode(200).body("status", equalTo("ACTIVE"));
        assertThat(rolesOfNewToken(agency)).contains("agency", STREAM_ROLE);

        as(op1).body("{\"note\":\"breach of purpose\"}").post("/agreements/" + id + "/revoke")
                .then().statusCode(200).body("status", equalTo("REVOKED"));
        assertThat(rolesOfNewToken(agency)).contains("agency").doesNotContain(STREAM_ROLE);

        as(op1).get("/agreements/" + id).then().statusCode(200)
                .body("history.to", contains("DRAFT", "SUBMITTED", "APPROVED", "ACTIVE", "REVOKED"))
                .body("history.from", contains(nullValue(), equalTo("DRAFT"), equalTo("SUBMITTED"),
                        equalTo("APPROVED"), equalTo("ACTIVE")))
                .body("history.actor", contains(Tokens.OPERATOR, Tokens.OPERATOR, Tokens.SECOND_OPERATOR,
                        Tokens.SECOND_OPERATOR, Tokens.OPERATOR))
                .body("history[1].note", equalTo("please review"))
                .body("history[4].note", equalTo("breach of purpose"));
        // final: nothing moves a revoked agreement
        as(op2).post("/agreements/" + id + "/resume").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aRoleStaysWhileAnotherActiveAgreementStillNeedsIt() {
        Registered agency = registerNgo("Yayasan Dua PKS");
        String first = activeAgreement(agency.id());
        String second = activeAgreement(agency.id());
        assertThat(rolesOfNewToken(agency)).contains(STREAM_ROLE);

        as(operator1()).post("/agreements/" + first + "/suspend").then().statusCode(200).body("status", equalTo("SUSPENDED"));
        assertThat(rolesOfNewToken(agency)).contains(STREAM_ROLE);

        as(operator1()).post("/agreements/" + second + "/suspend").then().statusCode(200);
        assertThat(rolesOfNewToken(agency)).doesNotContain(STREAM_ROLE);

        as(operator2()).post("/agreements/" + first + "/resume").then().statusCode(200).body("status", equalTo("ACTIVE"));
        assertThat(rolesOfNewToken(agency)).contains(STREAM_ROLE);
        as(operator1()).get("/agreements?agencyId=" + agency.id()).then().statusCode(200)
                .body("id", hasItem(first)).body("size()", equalTo(2));
    }

    @Test
    void theSubmitterCannotApproveTheirOwnAgreement() {
        Registered agency = registerNgo("Yayasan Empat Mata");
        String op1 = operator1();
        String id = createAgreement(op1, agreementBody(agency.id()));
        as(op1).post("/agreements/" + id + "/submit").then().statusCode(200);

        as(op1).post("/agreements/" + id + "/approve").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("Four-eyes"));
        as(op1).get("/agreements/" + id).then().body("status", equalTo("SUBMITTED"));

        as(operator2()).post("/agreements/" + id + "/approve").then().statusCode(200).body("status", equalTo("APPROVED"));
    }

    @Test
    void illegalTransitionsAreConflicts() {
        Registered agency = registerNgo("Yayasan Urutan");
        String op1 = operator1();
        String id = createAgreement(op1, agreementBody(agency.id()));

        as(op1).post("/agreements/" + id + "/activate").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("DRAFT cannot become ACTIVE"));
        as(op1).post("/agreements/" + id + "/approve").then().statusCode(409);
        as(op1).post("/agreements/" + id + "/resume").then().statusCode(409);
        as(op1).post("/agreements/" + id + "/submit").then().statusCode(200);
        as(op1).post("/agreements/" + id + "/submit").then().statusCode(409);
        as(op1).post("/agreements/00000000-0000-0000-0000-000000000000/submit").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anAgreementPastItsEndExpiresAndLosesItsRole() {
        Registered agency = registerNgo("Yayasan Kedaluwarsa");
        var body = agreementBody(agency.id())
                .put("validUntil", Instant.now().plus(8, ChronoUnit.SECONDS).toString());
        String op1 = operator1();
        String id = createAgreement(op1, body);
        as(op1).post("/agreements/" + id + "/submit").then().statusCode(200);
        as(operator2()).post("/agreements/" + id + "/approve").then().statusCode(200);
        as(operator2()).post("/agreements/" + id + "/activate").then().statusCode(200);
        assertThat(rolesOfNewToken(agency)).contains(STREAM_ROLE);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                as(operator1()).get("/agreements/" + id).then().statusCode(200).body("status", equalTo("EXPIRED")));
        assertThat(rolesOfNewToken(agency)).doesNotContain(STREAM_ROLE);
        as(op1).get("/agreements/" + id).then().body("history[-1].actor", equalTo("system:expiry"));
    }

    @Test
    void theSweepExpiresAnAgreementNobodyReads() {
        Registered agency = registerNgo("Yayasan Sapu");
        String op1 = operator1();
        String id = createAgreement(op1, agreementBody(agency.id())
                .put("validUntil", Instant.now().plus(6, ChronoUnit.SECONDS).toString()));
        as(op1).post("/agreements/" + id + "/submit").then().statusCode(200);
        as(operator2()).post("/agreements/" + id + "/approve").then().statusCode(200);
        as(operator2()).post("/agreements/" + id + "/activate").then().statusCode(200);
        assertThat(rolesOfNewToken(agency)).contains(STREAM_ROLE);

        // no GET in between: only the scheduled check can have done it
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> repository.findById(UUID.fromString(id)).status)
                        == AgreementStatus.EXPIRED);
        assertThat(rolesOfNewToken(agency)).doesNotContain(STREAM_ROLE);
    }

    @Test
    void aSuspendedAgencysAgreementCannotBeActivated() {
        Registered agency = registerNgo("Yayasan Ditangguhkan");
        String op1 = operator1();
        String id = createAgreement(op1, agreementBody(agency.id()));
        as(op1).post("/agreements/" + id + "/submit").then().statusCode(200);
        as(operator2()).post("/agreements/" + id + "/approve").then().statusCode(200);
        as(op1).post("/agencies/" + agency.id() + "/suspend").then().statusCode(200);

        as(op1).post("/agreements/" + id + "/activate").then().statusCode(409).body("detail", containsString("suspended"));
    }
}
