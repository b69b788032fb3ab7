package pl.edugmina.innovations.domain;

/** The kinds of a pedagogical innovation (one innovation may be of several, e.g. programowo-metodyczna). */
public enum InnovationKind {
    /** organizacyjna: changes how teaching is organised. */
    ORGANIZATIONAL,
    /** programowa: changes what is taught (the curriculum). */
    CURRICULAR,
    /** metodyczna: changes how it is taught (methods). */
    METHODOLOGICAL
}
