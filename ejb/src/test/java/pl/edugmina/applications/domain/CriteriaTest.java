package pl.edugmina.applications.domain;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CriteriaTest {

    static JsonArray json(String s) {
        return Json.createReader(new StringReader(s.replace('\'', '"'))).readArray();
    }

    static final Criteria CRITERIA = Criteria.parse(json("""
            [{'label':'Innowacyjność','maxPoints':10,'weight':2},{'label':'Koszty','maxPoints':10},{'key':'imp','label':'Wpływ na uczniów','maxPoints':'5'}]"""));

    @Test
    void keysAndWeightsAreFilledIn() {
        assertThat(CRITERIA.list()).extracting(Criteria.Criterion::key).containsExactly("k1", "k2", "imp");
        assertThat(CRITERIA.list()).extracting(Criteria.Criterion::weight).containsExactly(new BigDecimal("2"), BigDecimal.ONE, BigDecimal.ONE);
        assertThat(CRITERIA.maxTotal()).isEqualByComparingTo("35");
        assertThat(Criteria.parse(CRITERIA.toJson())).isEqualTo(CRITERIA);
    }

    @Test
    void unusableCriteriaAreRefusedWithEveryReason() {
        assertThatThrownBy(() -> Criteria.parse(json("[]"))).isInstanceOfSatisfying(Refusal.Refused.class,
                e -> assertThat(e.refusals()).extracting(Refusal::messageKey).containsExactly("application.criteria.none"));
        assertThatThrownBy(() -> Criteria.parse(json("[{'label':'','maxPoints':0},{'key':'k1','label':'A','maxPoints':5,'weight':-1},'x']")))
                .isInstanceOfSatisfying(Refusal.Refused.class, e -> assertThat(e.refusals()).extracting(Refusal::messageKey)
                        .containsExactly("application.criteria.label", "application.criteria.max", "application.criteria.key",
                                "application.criteria.weight", "application.criteria.invalid"));
    }

    @Test
    void aSheetNeedsEveryCriterionWithinItsRange() {
        Map<String, BigDecimal> ok = CRITERIA.checkSheet(Map.of("k1", "7,5", "k2", "10", "imp", "0"));
        assertThat(ok).containsExactly(Map.entry("k1", new BigDecimal("7.5")), Map.entry("k2", new BigDecimal("10")),
                Map.entry("imp", new BigDecimal("0")));
        assertThatThrownBy(() -> CRITERIA.checkSheet(Map.of("k1", "11", "k2", "dużo", "imp", "1.234", "x", "1")))
                .isInstanceOfSatisfying(Refusal.Refused.class, e -> assertThat(e.refusals())
                        .containsExactly(new Refusal("points:k1", "application.score.range", "Innowacyjność", "10"),
                                new Refusal("points:k2", "application.score.number", "Koszty", "dużo"),
                                new Refusal("points:imp", "application.score.range", "Wpływ na uczniów", "5"),
                                new Refusal("points", "application.score.unknown", "x")));
        assertThatThrownBy(() -> CRITERIA.checkSheet(Map.of("k1", "-1", "k2", "3")))
                .isInstanceOfSatisfying(Refusal.Refused.class, e -> assertThat(e.refusals()).extracting(Refusal::messageKey)
                        .containsExactly("application.score.range", "application.score.required"));
    }
}
