package pl.edugmina.registers.application;

/** What every line of a unit's register answers: which entry, whose, and the version a correction must name. */
public interface UnitRegisterRow {

    long id();

    long unitId();

    int version();
}
