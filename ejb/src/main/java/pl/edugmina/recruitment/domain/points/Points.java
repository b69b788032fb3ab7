package pl.edugmina.recruitment.domain.points;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Points are exact: decimals with at most two places, held for the allocation as a long number of hundredths
 * (152.45 → 15245). A value with more places is an error, never rounded silently.
 */
public final class Points {

    private Points() {
    }

    public static long hundredths(BigDecimal points) {
        try {
            return points.setScale(2, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("points have at most two decimal places: " + points, e);
        }
    }

    public static BigDecimal decimal(long hundredths) {
        return BigDecimal.valueOf(hundredths, 2);
    }
}
