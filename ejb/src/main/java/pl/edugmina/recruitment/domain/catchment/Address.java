package pl.edugmina.recruitment.domain.catchment;

/** Where a child lives, as given on the application: locality (optional in a one-town gmina), street, house number. */
public record Address(String locality, String street, String houseNumber) {
}
