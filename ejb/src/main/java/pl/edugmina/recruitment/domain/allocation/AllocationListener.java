package pl.edugmina.recruitment.domain.allocation;

/**
 * Progress of an allocation, called once per round on the allocating thread. In round 1 every candidate proposes down
 * their list until a class holds them; each later round is made of the candidates displaced in the round before.
 */
@FunctionalInterface
public interface AllocationListener {

    AllocationListener NONE = (round, proposals, placed, displaced) -> { };

    /**
     * @param round     1, 2, …
     * @param proposals applications looked at so far (the total is at most the number of applications)
     * @param placed    candidates a class holds at the end of the round
     * @param displaced candidates pushed out in this round; they propose in the next one (0 after the last round)
     */
    void roundCompleted(int round, long proposals, int placed, int displaced);
}
