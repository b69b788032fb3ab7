package pl.edugmina.recruitment.domain.points;

import java.math.BigDecimal;

/** A criterion of a recruitment with its value in points: {@code code} is stable (stored), {@code label} is shown. */
public record Criterion(String code, String label, BigDecimal points) {

    public Criterion {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a criterion needs a code");
        }
        if (points == null || points.signum() < 0) {
            throw new IllegalArgumentException("criterion " + code + ": points must not be negative");
        }
        Points.hundredths(points);
    }
}
