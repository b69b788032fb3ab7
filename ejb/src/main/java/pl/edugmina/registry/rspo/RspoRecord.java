package pl.edugmina.registry.rspo;

import java.time.LocalDate;

/**
 * One educational unit ("placówka") read from the RSPO register (Rejestr Szkół i Placówek
 * Oświatowych). Strings are trimmed, empty strings are {@code null}; REGON and NIP are bare
 * digits; the phone is in E.164 form ({@code +48} and 9 digits); a website without a scheme gets
 * {@code http://}. Every non-null value passes the matching validator of
 * {@code pl.edugmina.registry.domain.validation}.
 *
 * @param rspoNumber        RSPO number ({@code numerRspo}), positive
 * @param name              full name ({@code nazwa}), at most 400 characters
 * @param shortName         {@code nazwaSkrocona}, or null; at most 60 characters
 * @param typeId            unit type id ({@code typ.id}), e.g. 2 = szkoła podstawowa
 * @param typeName          unit type name ({@code typ.nazwa}), or null
 * @param publicUnit        true for "publiczna", false for "niepubliczna...", null if unknown
 * @param runningBody       name of the running body ({@code organProwadzacyNazwa} or
 *                          {@code organProwadzacy.nazwa}), or null
 * @param parentRspoNumber  RSPO number of the parent unit ({@code podmiotNadrzedny}), or null
 * @param activeFrom        {@code dataRozpoczeciaDzialalnosci}, else {@code dataZalozenia}
 * @param activeTo          {@code dataLikwidacji}
 */
public record RspoRecord(
        int rspoNumber,
        String name,
        String shortName,
        int typeId,
        String typeName,
        Boolean publicUnit,
        String runningBody,
        Integer parentRspoNumber,
        String regon,
        String nip,
        String street,
        String buildingNo,
        String flatNo,
        String postalCode,
        String locality,
        String voivodeshipTeryt,
        String countyTeryt,
        String communeTeryt,
        String localityTeryt,
        Double latitude,
        Double longitude,
        String phone,
        String email,
        String website,
        String epuapAddress,
        String directorName,
        LocalDate activeFrom,
        LocalDate activeTo) {
}
