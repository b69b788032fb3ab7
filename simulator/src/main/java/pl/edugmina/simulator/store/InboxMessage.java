package pl.edugmina.simulator.store;

import java.time.OffsetDateTime;

/** A stored inbox message. */
public record InboxMessage(long id, String adresSkrytki, String nazwaSkrytki, Party podmiot, String uzytkownik,
                           String system, OffsetDateTime dataNadania, String adresOdpowiedzi, boolean czyTestowe,
                           byte[] daneDodatkowe, String nazwaPliku, String typPliku, byte[] zawartosc, String skrot,
                           String kind, OffsetDateTime confirmedAt) {
}
