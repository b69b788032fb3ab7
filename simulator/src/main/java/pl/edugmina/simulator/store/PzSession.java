package pl.edugmina.simulator.store;

import java.time.OffsetDateTime;

/** A simulated Profil Zaufany login: what TpUserInfo answers for its {@code tgsid}. */
public record PzSession(String tgsid, String givenName, String surname, String pesel, String email, OffsetDateTime createdAt) {

    /** Never the PESEL or the e-mail: records' toString ends up in logs. */
    @Override
    public String toString() {
        return "PzSession[" + givenName + " " + surname + "]";
    }
}
