package pl.edugmina.recruitment.domain.allocation;

/** One line of a candidate's list: a class (oddział, grupa, profil) of a unit and how that class ranks the candidate. */
public record Preference(String classId, Priority priority) {

    public Preference {
        if (classId == null || priority == null) {
            throw new IllegalArgumentException("a preference needs a class and a priority");
        }
    }
}
