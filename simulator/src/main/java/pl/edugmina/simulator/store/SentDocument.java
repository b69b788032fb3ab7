package pl.edugmina.simulator.store;

import java.time.OffsetDateTime;

/** What the REST API lists about a document the system sent (without its content). */
public record SentDocument(long id, String channel, String podmiot, String adresSkrytki, String adresOdpowiedzi,
                           String nazwaPliku, String typPliku, int rozmiar, String identyfikatorDokumentu,
                           String identyfikatorUpp, String identyfikatorZlecenia, String identyfikatorSprawy,
                           OffsetDateTime terminDoreczenia, OffsetDateTime receivedAt, OffsetDateTime pickedUpAt,
                           Long updMessageId) {
}
