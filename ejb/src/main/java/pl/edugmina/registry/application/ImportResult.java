package pl.edugmina.registry.application;

/** What an applied import did. */
public record ImportResult(int created, int updated, int unchanged, int invalid) {
}
