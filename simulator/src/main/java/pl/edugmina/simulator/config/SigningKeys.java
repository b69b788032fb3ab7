package pl.edugmina.simulator.config;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import pl.edugmina.simulator.docs.XadesSigner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * The test signers' keys ({@link SimulatorSettings#signersKeystore()}), loaded once, at first use, and
 * shared by the e-form generator and the Profil Zaufany simulator ({@link XadesSigner} is thread-safe).
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

    private XadesSigner signer;

    /** @throws IllegalStateException (Polish message) if the keystore is missing or unreadable */
    public synchronized XadesSigner signer() {
        if (signer == null) {
            Path p = Path.of(SimulatorSettings.signersKeystore());
            if (!Files.isReadable(p)) {
                throw new IllegalStateException("Brak magazynu kluczy podpisujących " + p
                        + " (ustaw epuap.sim.signers lub EPUAP_SIM_SIGNERS)");
            }
            try {
                signer = XadesSigner.load(p, SimulatorSettings.signersPassword());
                LOG.info("ePUAP simulator: signing keys loaded from " + p);
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("Nie można wczytać kluczy podpisujących z " + p + ": " + e.getMessage(), e);
            }
        }
        return signer;
    }

    @PreDestroy
    synchronized void close() {
        if (signer != null) {
            signer.close();
            signer = null;
        }
    }
}
