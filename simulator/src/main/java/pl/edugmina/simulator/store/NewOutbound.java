package pl.edugmina.simulator.store;

import java.time.OffsetDateTime;

/**
 * A document the system sent to ePUAP (channel {@code nadaj}: WS-Skrytka, {@code dorecz}: WS-Doręczyciel).
 * {@code identyfikatorDokumentu} is the simulated ePUAP's own identifier; {@code identyfikatorDokumentuNadawcy}
 * the one the sender gave in the dorecz header IdentyfikatorDokumentu (if any).
 */
public record NewOutbound(String channel, String podmiot, String adresSkrytki, String adresOdpowiedzi, boolean czyProbne,
                          String nazwaPliku, String typPliku, byte[] zawartosc, byte[] daneDodatkowe,
                          String identyfikatorDokumentu, String identyfikatorUpp, String identyfikatorZlecenia,
                          OffsetDateTime terminDoreczenia, String identyfikatorSprawy,
                          String identyfikatorDokumentuNadawcy) {
}
