package pl.edugmina.simulator.pz;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import pl.edugmina.contracts.TrustedProfileIdentity;
import pl.edugmina.simulator.config.SigningKeys;
import pl.edugmina.simulator.store.PzSigning;
import pl.edugmina.simulator.store.PzStatus;
import pl.edugmina.simulator.store.PzStore;

import java.util.logging.Logger;

/**
 * What the citizen does on the simulated Profil Zaufany (the signing page or, for tests without a
 * browser, the REST API): sign a pending document with the trusted profile, or cancel it. Either
 * happens at most once per document ({@link PzStore#markSigned} / {@link PzStore#markCancelled} only
 * change a pending one).
 */
@ApplicationScoped
public class PzSigningService {

    private static final Logger LOG = Logger.getLogger(PzSigningService.class.getName());

    public enum Outcome {
        /** signed or cancelled now */
        DONE,
        /** no document with this id */
        NOT_FOUND,
        /** signed or cancelled before: nothing changed */
        ALREADY_FINISHED
    }

    /** @param signing the document's state after the call (null if not found) */
    public record Result(Outcome outcome, PzSigning signing) {
    }

    @EJB
    private PzStore store;

    @Inject
    private SigningKeys keys;

    /**
     * Signs document {@code id} as {@code person} (checked by the caller: {@link PersonForm#errors} empty),
     * in the format the person chose unless the document's service fixes it.
     */
    public Result sign(String id, PersonForm person) {
        PzSigning s = store.find(id).orElse(null);
        if (s == null) {
            return new Result(Outcome.NOT_FOUND, null);
        }
        if (s.status() != PzStatus.PENDING) {
            return new Result(Outcome.ALREADY_FINISHED, s);
        }
        TrustedProfileIdentity who = person.identity(s.service());
        long t0 = System.nanoTime();
        byte[] signed = keys.signer().signAsTrustedProfile(s.document(), "dokument.xml", who);
        if (!store.markSigned(id, signed, who.format())) {
            return new Result(Outcome.ALREADY_FINISHED, store.find(id).orElse(s));
        }
        LOG.info(() -> String.format("Profil Zaufany simulator: document %s (%s, %d B) signed, signer described as %s, in %d ms",
                id, s.service().code(), s.document().length, who.format(), (System.nanoTime() - t0) / 1_000_000));
        return new Result(Outcome.DONE, store.find(id).orElse(s));
    }

    /** Cancels document {@code id}: the integrator's getSignedDocument will say so. */
    public Result cancel(String id) {
        PzSigning s = store.find(id).orElse(null);
        if (s == null) {
            return new Result(Outcome.NOT_FOUND, null);
        }
        if (s.status() != PzStatus.PENDING || !store.markCancelled(id)) {
            return new Result(Outcome.ALREADY_FINISHED, store.find(id).orElse(s));
        }
        LOG.info(() -> "Profil Zaufany simulator: signing of document " + id + " (" + s.service().code() + ") cancelled");
        return new Result(Outcome.DONE, store.find(id).orElse(s));
    }
}
