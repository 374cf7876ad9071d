package id.bagipakai.contracts;

import id.bagipakai.contracts.consent.AgreementChanged;
import id.bagipakai.contracts.consent.MemberConsentsChanged;
import id.bagipakai.contracts.eligibility.EligibilityChanged;
import id.bagipakai.contracts.eligibility.ObjectionRecorded;
import id.bagipakai.contracts.eligibility.ObjectionResolved;
import id.bagipakai.contracts.eligibility.WelfareRankChanged;
import id.bagipakai.contracts.registry.DuplicateReviewed;
import id.bagipakai.contracts.registry.HouseholdRegistered;
import id.bagipakai.contracts.registry.HouseholdUpdated;
import id.bagipakai.contracts.registry.MemberLeft;
import id.bagipakai.contracts.registry.NikLinked;
import org.apache.avro.Schema;

import java.util.List;

/**
 * The event schemas we publish, as registered in Apicurio Registry. Coordinates follow the
 * serdes' RecordIdStrategy (group = Avro namespace, artifact = record name) so that several event
 * types can share one topic and still evolve independently under the BACKWARD rule.
 */
public final class EventSchemas {

    public static final List<Schema> ALL = List.of(HouseholdRegistered.getClassSchema(),
            HouseholdUpdated.getClassSchema(), MemberLeft.getClassSchema(), NikLinked.getClassSchema(),
            DuplicateReviewed.getClassSchema(), AgreementChanged.getClassSchema(),
            MemberConsentsChanged.getClassSchema(), WelfareRankChanged.getClassSchema(),
            EligibilityChanged.getClassSchema(), ObjectionRecorded.getClassSchema(),
            ObjectionResolved.getClassSchema());

    /** The registry's household events: what the {@code household-events} stream carries. */
    public static final List<Schema> HOUSEHOLD_EVENTS = List.of(HouseholdRegistered.getClassSchema(),
            HouseholdUpdated.getClassSchema(), MemberLeft.getClassSchema(), NikLinked.getClassSchema(),
            DuplicateReviewed.getClassSchema());

    /** eligibility-service's results: what the {@code eligibility} stream carries. */
    public static final List<Schema> ELIGIBILITY_RESULTS = List.of(WelfareRankChanged.getClassSchema(),
            EligibilityChanged.getClassSchema());

    /** The serdes' strategy class matching {@link #groupOf} / {@link #artifactOf}. */
    public static final String ARTIFACT_RESOLVER_STRATEGY =
            "io.apicurio.registry.serde.avro.strategy.RecordIdStrategy";

    public static String groupOf(Schema schema) {
        return schema.getNamespace();
    }

    public static String artifactOf(Schema schema) {
        return schema.getName();
    }

    private EventSchemas() {
    }
}
