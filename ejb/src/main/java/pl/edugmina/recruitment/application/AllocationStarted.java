package pl.edugmina.recruitment.application;

/** A run was recorded; once its transaction commits, {@link AllocationLauncher} hands it to {@link AllocationJob}. */
public record AllocationStarted(long runId) {
}
