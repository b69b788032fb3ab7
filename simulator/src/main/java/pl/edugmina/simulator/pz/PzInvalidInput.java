package pl.edugmina.simulator.pz;

/**
 * A request to the simulated Profil Zaufany that it refuses; the message (Polish) says why and goes to
 * the caller as it is (SOAP fault, {@code {"blad": …}}, the signing page).
 */
public class PzInvalidInput extends RuntimeException {

    public PzInvalidInput(String message) {
        super(message);
    }
}
