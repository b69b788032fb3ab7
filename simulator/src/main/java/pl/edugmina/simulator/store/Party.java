package pl.edugmina.simulator.store;

/** ePUAP's DanePodmiotu: the subject on whose behalf a document was sent. typOsoby: F (fizyczna) or P (prawna). */
public record Party(String identyfikator, String typOsoby, String imieSkrot, String nazwiskoNazwa, String pesel,
                    String regon, boolean zgoda) {
}
