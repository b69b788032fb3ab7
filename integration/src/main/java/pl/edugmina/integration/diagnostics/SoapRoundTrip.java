package pl.edugmina.integration.diagnostics;

/** Result of a signed SOAP round trip: what came back and who the endpoint saw as the signer. */
public record SoapRoundTrip(String endpoint, String echoed, String signer, long millis) {
}
