package pl.edugmina.recruitment.domain.allocation;

import java.util.Optional;

/**
 * What an appeal changed: the class the candidate was in ({@code from}) and is in now ({@code to}); {@code moved}
 * when they went to a higher preference, {@code seatAdded} when that class got a seat over its capacity.
 */
public record AppealDecision(long candidateId, Optional<String> from, Optional<String> to, boolean moved, boolean seatAdded,
                             AllocationResult result) {
}
