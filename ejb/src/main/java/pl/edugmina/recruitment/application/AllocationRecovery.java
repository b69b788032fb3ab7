package pl.edugmina.recruitment.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up (after the schema is migrated), runs a stopped server left RUNNING are marked FAILED: their job died
 * with the server and nothing of their result was saved. Without it such a run would block its campaign (one run at a
 * time) for ever. One server runs the jobs today; with several, this belongs to a cluster-wide singleton.
 */
@Singleton
@Startup
@DependsOn("PlatformStartup")
public class AllocationRecovery {

    private static final Logger LOG = Logger.getLogger(AllocationRecovery.class.getName());

    @EJB
    private AllocationStore store;

    @PostConstruct
    void recover() {
        try {
            store.failInterrupted();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "EDU-REC-005 could not check for interrupted allocation runs", e);
        }
    }
}
