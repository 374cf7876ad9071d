package id.bagipakai.consent;

import id.bagipakai.consent.RegistryEvents.Person;
import id.bagipakai.testsupport.StackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;


import static id.bagipakai.consent.ConsentIT.answer;
import static id.bagipakai.consent.TestApi.activeAgreement;
import static id.bagipakai.consent.TestApi.as;
import static id.bagipakai.consent.TestApi.operator1;
import static id.bagipakai.consent.TestApi.registerNgo;
import static id.bagipakai.consent.TestApi.sql;
import static org.hamcrest.Matchers.equalTo;

/** Tamper evidence for consents: an answer changed behind the service's back is reported. */
@QuarkusTest
@WithTestResource(value = StackTestResource.class, initArgs = @ResourceArg(name = "database", value = "consent"))
class ConsentRevisionIT {

    @Test
    void aRefusalTurnedIntoAGrantInTheDatabaseIsReported() throws Exception {
        String member = memberWithTwoAnswers();
        as(operator1()).get("/members/{id}/consents/verification", member).then().statusCode(200)
                .body("intact", equalTo(true)).body("revisions", equalTo(2));

        sql("UPDATE consent SET state = 'GRANTED' WHERE member_id = '" + member + "' AND state = 'REFUSED'");
        as(operator1()).get("/members/{id}/consents/verification", member).then().statusCode(200)
                .body("intact", equalTo(false)).body("firstBrokenRevision", equalTo(3))
                .body("problem", equalTo("the record was changed without a revision"));
    }

    @Test
    void anEditedRevisionIsReportedWhereItWasMade() throws Exception {
        String member = memberWithTwoAnswers();
        sql("UPDATE consent_revision SET change = replace(change, 'GRANTED', 'REFUSED') "
                + "WHERE member_id = '" + member + "' AND revision = 1");
        as(operator1()).get("/members/{id}/consents/verification", member).then().statusCode(200)
                .body("intact", equalTo(false)).body("firstBrokenRevision", equalTo(1))
                .body("problem", equalTo("its content does not match its hash"));
    }

    /** A grant, then a refusal for another agreement. */
    private static String memberWithTwoAnswers() throws Exception {
        String agency = registerNgo("consent-chain").id();
        String first = activeAgreement(agency);
        String second = activeAgreement(agency);
        Person person = Person.adult();
        RegistryEvents.register("32.73.01.1001", person);
        as(operator1()).body(answer(first, "GRANTED").toString())
                .post("/members/{id}/consents", person.memberId()).then().statusCode(201);
        as(operator1()).body(answer(second, "REFUSED").toString())
                .post("/members/{id}/consents", person.memberId()).then().statusCode(201);
        return person.memberId();
    }
}
