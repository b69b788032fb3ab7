package pl.edugmina.innovations.domain;

/** Where an innovation is: adopted and planned, running, finished, or given up. */
public enum InnovationStatus {
    PLANNED, RUNNING, FINISHED, CANCELLED
}
