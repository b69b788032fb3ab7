package pl.edugmina.correspondence.application;

import pl.edugmina.correspondence.domain.Correspondence.SignatureVerdict;

import java.time.Instant;

/** The outcome of verifying a document's signature: the verdict with its reason, who signed, when, at what level. */
public record SignatureCheck(SignatureVerdict verdict, String detail, String signer, Instant signedAt, String level) {

    public static SignatureCheck unsigned() {
        return new SignatureCheck(SignatureVerdict.UNSIGNED, "Dokument nie zawiera podpisu elektronicznego", null, null, null);
    }
}
