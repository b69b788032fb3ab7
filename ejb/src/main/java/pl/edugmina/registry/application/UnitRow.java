package pl.edugmina.registry.application;

import java.time.LocalDate;

/** A registry list row (read model). */
public record UnitRow(long id, int rspoNumber, String name, String shortName, int typeId, String typeName,
                      boolean publicUnit, String runningBody, String address, String locality, String phone,
                      String email, String directorName, String regon, String nip, LocalDate activeFrom,
                      LocalDate activeTo, boolean active) {
}
