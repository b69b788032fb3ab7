package pl.edugmina.applications.domain;

/**
 * How far a call has got. COLLECTING: units write and submit (within the window). EVALUATION: submissions closed,
 * the committee scores. EVALUATED: every application scored, the ranking is final. RECOMMENDED: the list for the
 * mayor is made. DECIDED: the mayor's decision is recorded; reports follow application by application.
 */
public enum CallStage {
    COLLECTING, EVALUATION, EVALUATED, RECOMMENDED, DECIDED
}
