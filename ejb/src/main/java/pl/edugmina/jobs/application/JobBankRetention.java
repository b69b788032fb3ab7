package pl.edugmina.jobs.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

import java.util.logging.Logger;

/** Every night, candidates' entries past their retention are deleted (EDU-JOB-001). */
@Singleton
public class JobBankRetention {

    private static final Logger LOG = Logger.getLogger(JobBankRetention.class.getName());

    @EJB
    private JobBankService jobs;

    @Schedule(hour = "3", minute = "17", persistent = false)
    public void purge() {
        int n = jobs.purgeExpired();
        LOG.info(() -> "EDU-JOB-001 job bank retention: " + n + " expired candidate entries deleted");
    }
}
