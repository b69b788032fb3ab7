package pl.edugmina.recruitment.domain.allocation;

/** A trial allocation to look at (nothing is announced) or the one that is announced. The algorithm is the same. */
public enum AllocationMode { DRY_RUN, FINAL }
