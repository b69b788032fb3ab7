package pl.edugmina.simulator.store;

/** A message to put into an inbox (skrytka) of the simulated ePUAP, to be fetched by WS-Pull. */
public record NewInboxMessage(String adresSkrytki, String nazwaSkrytki, Party podmiot, String uzytkownik, String system,
                              String adresOdpowiedzi, boolean czyTestowe, byte[] daneDodatkowe, String nazwaPliku,
                              String typPliku, byte[] zawartosc, String skrot, String kind) {
}
