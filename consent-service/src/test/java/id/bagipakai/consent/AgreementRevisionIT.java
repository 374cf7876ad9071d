package id.bagipakai.consent;

import id.bagipakai.testsupport.StackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static id.bagipakai.consent.TestApi.agreementBody;
import static id.bagipakai.consent.TestApi.as;
import static id.bagipakai.consent.TestApi.createAgreement;
import static id.bagipakai.consent.TestApi.operator1;
import static id.bagipakai.consent.TestApi.registerNgo;
import static id.bagipakai.consent.TestApi.sql;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Tamper evidence on the real database: an edit behind the service's back breaks the chain where it was made. */
@QuarkusTest
@WithTestResource(value = StackTestResource.class, initArgs = @ResourceArg(name = "database", value = "consent"))
class AgreementRevisionIT {

    @Test
    void everyChangeIsALinkAndAnEditedRevisionIsReported() throws SQLException {
        String id = submittedAgreement();
        as(operator1()).get("/agreements/{id}/verification", id).then().statusCode(200)
                .body("intact", equalTo(true)).body("revisions", equalTo(2)).body("firstBrokenRevision", nullValue());

        sql("UPDATE agreement_revision SET change = replace(change, 'created', 'created long ago') "
                + "WHERE agreement_id = '" + id + "' AND revision = 1");
        as(operator1()).get("/agreements/{id}/verification", id).then().statusCode(200)
                .body("intact", equalTo(false)).body("firstBrokenRevision", equalTo(1))
                .body("problem", equalTo("its content does not match its hash"));
    }

    @Test
    void anAgreementEditedWithoutARevisionIsReported() throws SQLException {
        String id = submittedAgreement();
        sql("UPDATE agreement SET fields = array_append(fields, '/members/*/nik') WHERE id = '" + id + "'");
        as(operator1()).get("/agreements/{id}/verification", id).then().statusCode(200)
                .body("intact", equalTo(false)).body("firstBrokenRevision", equalTo(3))
                .body("problem", equalTo("the record was changed without a revision"));
    }

    @Test
    void aRevisionRemovedFromTheMiddleIsReported() throws SQLException {
        String id = submittedAgreement();
        as(operator1()).post("/agreements/{id}/return", id).then().statusCode(200);
        sql("DELETE FROM agreement_revision WHERE agreement_id = '" + id + "' AND revision = 2");
        as(operator1()).get("/agreements/{id}/verification", id).then().statusCode(200)
                .body("intact", equalTo(false)).body("firstBrokenRevision", equalTo(2))
                .body("problem", equalTo("revision 2 is missing"));
    }

    private static String submittedAgreement() {
        String agency = registerNgo("chain").id();
        String id = createAgreement(operator1(), agreementBody(agency));
        as(operator1()).post("/agreements/{id}/submit", id).then().statusCode(200);
        return id;
    }
}
