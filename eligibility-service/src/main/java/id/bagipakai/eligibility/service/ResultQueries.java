package id.bagipakai.eligibility.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.bagipakai.commons.problem.InvalidInputException;
import id.bagipakai.eligibility.domain.Desils;
import id.bagipakai.eligibility.domain.HouseholdRank;
import id.bagipakai.eligibility.domain.HouseholdResult;
import id.bagipakai.eligibility.domain.Objection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import javax.sql.DataSource;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/** What operators and reviewers read: one household's result with its explanation, and distributions. */
@ApplicationScoped
public class ResultQueries {

    private static final Pattern REGION_PREFIX = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");

    @Inject
    ObjectMapper json;

    @Inject
    DataSource dataSource;

    @Inject
    ResultEngine engine;

    /** A household's result: score, desils, percentiles, every programme decision, all explained. */
    public record HouseholdView(UUID householdId, int householdVersion, int revision, String regionCode, int persons,
                                Desils desils, Percentiles percentiles, ResultExplanation.Score score,
                                List<ResultExplanation.Programme> programmes, String modelVersion, String rulesVersion,
                                Instant updatedAt, List<ObjectionSummary> objections) {
    }

    /** Percentiles 1–100 by persons, 0 where not ranked. */
    public record Percentiles(int national, int province, int regency) {
    }

    public record ObjectionSummary(UUID id, String programme, String claim, String status, Instant filedAt) {
    }

    /** Households and persons per desil and per eligible programme, in a region. */
    public record Distribution(String region, String scope, long households, long persons, List<DesilCount> desils,
                               List<ProgrammeCount> programmes) {
    }

    public record DesilCount(int desil, long households, long persons) {
    }

    public record ProgrammeCount(String programme, long eligibleHouseholds, long eligiblePersons) {
    }

    @Transactional
    public HouseholdView household(UUID id) {
        HouseholdResult r = HouseholdResult.findById(id);
        if (r == null) {
            throw new NotFoundException("household " + id + " has no eligibility result");
        }
        ResultExplanation explanation;
        try {
            explanation = json.readValue(r.explanation, ResultExplanation.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        HouseholdRank rank = engine.rank(id);
        Percentiles percentiles = rank == null ? new Percentiles(0, 0, 0)
                : new Percentiles(rank.percentileNational(), rank.percentileProvince(), rank.percentileRegency());
        List<ObjectionSummary> objections = Objection.<Objection>list("householdId = ?1 order by filedAt", id).stream()
                .map(o -> new ObjectionSummary(o.id, o.programme, o.claim.name(), o.status.name(), o.filedAt)).toList();
        return new HouseholdView(r.householdId, r.householdVersion, r.revision, r.regionCode, r.persons, r.desils(),
                percentiles, explanation.score(), explanation.programmes(), r.modelVersion, r.rulesVersion, r.updatedAt,
                objections);
    }

    /**
     * @param region a region-code prefix (province {@code 32}, regency {@code 32.73}, …), or null for all
     * @param scope  which desil to count: national, province or regency
     */
    public Distribution distribution(String region, String scope) {
        if (region != null && !REGION_PREFIX.matcher(region).matches()) {
            throw InvalidInputException.badRequest("region", "must be a region code such as 32 or 32.73: " + region);
        }
        String column = switch (scope == null ? "national" : scope) {
            case "national" -> "desil_national";
            case "province" -> "desil_province";
            case "regency" -> "desil_regency";
            default -> throw InvalidInputException.badRequest("scope", "must be national, province or regency: " + scope);
        };
        String where = region == null ? "" : " WHERE region_code = ? OR region_code LIKE ?";
        List<DesilCount> desils = new ArrayList<>();
        long households = 0;
        long persons = 0;
        Map<String, long[]> programmes = new TreeMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement q = c.prepareStatement("SELECT " + column + ", count(*), sum(persons) FROM household_result"
                    + where + " GROUP BY 1 ORDER BY 1")) {
                bind(q, region);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        desils.add(new DesilCount(rs.getInt(1), rs.getLong(2), rs.getLong(3)));
                        households += rs.getLong(2);
                        persons += rs.getLong(3);
                    }
                }
            }
            try (PreparedStatement q = c.prepareStatement("SELECT e.key, count(*), sum(r.persons) FROM household_result r,"
                    + " jsonb_each(r.eligibility) e" + (region == null ? " WHERE" : where + " AND")
                    + " e.value = 'true'::jsonb GROUP BY 1")) {
                bind(q, region);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        programmes.put(rs.getString(1), new long[]{rs.getLong(2), rs.getLong(3)});
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count results", e);
        }
        Evaluation evaluation = engine.evaluation();
        if (evaluation != null) {
            evaluation.rules().programmes().forEach(p -> programmes.putIfAbsent(p, new long[2]));
        }
        List<ProgrammeCount> counts = programmes.entrySet().stream()
                .map(e -> new ProgrammeCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new Distribution(region, scope == null ? "national" : scope, households, persons, desils, counts);
    }

    private static void bind(PreparedStatement q, String region) throws SQLException {
        if (region != null) {
            q.setString(1, region);
            q.setString(2, region + ".%");
        }
    }
}
