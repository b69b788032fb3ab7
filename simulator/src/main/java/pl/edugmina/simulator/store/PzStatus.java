package pl.edugmina.simulator.store;

/** Where a document given to the simulated Profil Zaufany for signing is. */
public enum PzStatus {
    /** waiting for the citizen on the signing page */
    PENDING,
    /** signed: {@code getSignedDocument} returns it */
    SIGNED,
    /** the citizen cancelled: nothing will be signed */
    CANCELLED
}
