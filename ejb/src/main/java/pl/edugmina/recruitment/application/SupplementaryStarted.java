package pl.edugmina.recruitment.application;

/** A supplementary run was recorded; once its transaction commits, {@link SupplementaryLauncher} hands it to {@link SupplementaryJob}. */
public record SupplementaryStarted(long runId) {
}
