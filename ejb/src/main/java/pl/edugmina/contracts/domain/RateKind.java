package pl.edugmina.contracts.domain;

/** How a contract is paid: per hour (rental of a hall, umowa zlecenie), per month (space for a vending machine), or one amount. */
public enum RateKind {
    HOURLY("stawka godzinowa"),
    MONTHLY("kwota miesięczna"),
    LUMP_SUM("kwota ryczałtowa");

    private final String label;

    RateKind(String label) {
        this.label = label;
    }

    /** In Polish, for the flag's reason. */
    public String label() {
        return label;
    }

    /** Only per-hour and per-month amounts have a city standard to compare with. */
    public boolean hasMinimum() {
        return this != LUMP_SUM;
    }
}
