package pl.edugmina.registry.domain.validation;

/**
 * Codes of the Polish territorial register TERYT (GUS):
 * <ul>
 *   <li>voivodeship (TERC WOJ): 2 digits, an even number 02..32;</li>
 *   <li>county / powiat: 4 digits = voivodeship + 2-digit county number 01..99;</li>
 *   <li>commune / gmina: 7 digits = county + 2-digit commune number 01..99 + type digit 1..9;</li>
 *   <li>locality (SIMC identifier): 7 digits.</li>
 * </ul>
 */
public final class Teryt {

    private Teryt() {
    }

    public static boolean isValidVoivodeship(String code) {
        if (!Digits.allDigits(code, 2)) {
            return false;
        }
        int number = Integer.parseInt(code);
        return number >= 2 && number <= 32 && number % 2 == 0;
    }

    public static boolean isValidCounty(String code) {
        return Digits.allDigits(code, 4)
                && isValidVoivodeship(code.substring(0, 2))
                && !code.startsWith("00", 2);
    }

    public static boolean isValidCommune(String code) {
        return Digits.allDigits(code, 7)
                && isValidCounty(code.substring(0, 4))
                && !code.startsWith("00", 4)
                && code.charAt(6) != '0';
    }

    public static boolean isValidLocality(String code) {
        return Digits.allDigits(code, 7);
    }
}
