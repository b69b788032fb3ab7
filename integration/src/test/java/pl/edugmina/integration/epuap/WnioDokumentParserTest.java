package pl.edugmina.integration.epuap;

import org.junit.jupiter.api.Test;
import pl.edugmina.correspondence.application.InboundContent;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WnioDokumentParserTest {

    static final String GENERAL_LETTER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <?xml-stylesheet type="text/xsl" href="http://crd.gov.pl/wzor/2017/10/24/4566/styl.xsl"?>
            <wnio:Dokument xmlns:wnio="http://crd.gov.pl/wzor/2017/10/24/4566/"
                xmlns:meta="http://crd.gov.pl/xml/schematy/meta/2009/11/16/"
                xmlns:str="http://crd.gov.pl/xml/schematy/struktura/2009/11/16/"
                xmlns:oso="http://crd.gov.pl/xml/schematy/osoba/2009/11/16/"
                xmlns:inst="http://crd.gov.pl/xml/schematy/instytucja/2009/11/16/"
                xmlns:adr="http://crd.gov.pl/xml/schematy/adres/2009/11/09/">
              <wnio:OpisDokumentu>
                <meta:Data typDaty="utworzony"><meta:Czas>2026-11-26</meta:Czas></meta:Data>
                <meta:Identyfikator typIdentyfikatora="idFormularza"><meta:Wartosc>PismoOgolne</meta:Wartosc></meta:Identyfikator>
              </wnio:OpisDokumentu>
              <wnio:DaneDokumentu>
                <str:Naglowek><str:NazwaDokumentu>Wniosek o  duplikat świadectwa</str:NazwaDokumentu></str:Naglowek>
                <str:Adresaci><meta:Podmiot><inst:Instytucja><inst:NazwaInstytucji>Urząd Miasta Lublin</inst:NazwaInstytucji></inst:Instytucja></meta:Podmiot></str:Adresaci>
                <str:Nadawcy><meta:Podmiot><oso:Osoba>
                  <oso:IdOsoby><oso:PESEL>80010112345</oso:PESEL></oso:IdOsoby>
                  <oso:Imie>Jan</oso:Imie><oso:Nazwisko>Kowalski</oso:Nazwisko>
                  <adr:Adres><adr:KodPocztowy>20-001</adr:KodPocztowy><adr:Miejscowosc>Lublin</adr:Miejscowosc><adr:Ulica>Lipowa</adr:Ulica><adr:Budynek>5</adr:Budynek><adr:Lokal>2</adr:Lokal></adr:Adres>
                </oso:Osoba></meta:Podmiot></str:Nadawcy>
              </wnio:DaneDokumentu>
              <wnio:TrescDokumentu format="text/xml" kodowanie="XML">
                <wnio:Wartosc>Proszę o wydanie duplikatu świadectwa.</wnio:Wartosc>
                <str:Zalaczniki>
                  <str:Zalacznik format="application/pdf" kodowanie="base64" nazwaPliku="../../etc/skan.pdf"><str:DaneZalacznika>%s</str:DaneZalacznika></str:Zalacznik>
                </str:Zalaczniki>
              </wnio:TrescDokumentu>
            </wnio:Dokument>
            """.strip().formatted(Base64.getEncoder().encodeToString("%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII)));

    private static InboundContent read(String xml) throws Exception {
        return WnioDokumentParser.read(WnioDokumentParser.parseXml(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsGeneralLetterByCrdNamespaces() throws Exception {
        InboundContent c = read(GENERAL_LETTER);
        assertThat(c.formNamespace()).isEqualTo("http://crd.gov.pl/wzor/2017/10/24/4566/");
        assertThat(c.formId()).isEqualTo("PismoOgolne");
        assertThat(c.subject()).isEqualTo("Wniosek o duplikat świadectwa");
        assertThat(c.senderKind()).isEqualTo("PERSON");
        assertThat(c.senderName()).isEqualTo("Jan Kowalski");
        assertThat(c.senderAddress()).isEqualTo("Lipowa 5/2, 20-001 Lublin");
        assertThat(c.addresseeName()).isEqualTo("Urząd Miasta Lublin");
        assertThat(c.bodyText()).isEqualTo("Proszę o wydanie duplikatu świadectwa.");
        assertThat(c.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("skan.pdf");
            assertThat(a.mediaType()).isEqualTo("application/pdf");
            assertThat(new String(a.content(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4 test");
        });
    }

    @Test
    void anyFormNamespaceIsAccepted() throws Exception {
        InboundContent c = read(GENERAL_LETTER.replace("http://crd.gov.pl/wzor/2017/10/24/4566/", "http://crd.gov.pl/wzor/2024/01/02/1234/"));
        assertThat(c.formNamespace()).isEqualTo("http://crd.gov.pl/wzor/2024/01/02/1234/");
        assertThat(c.senderName()).isEqualTo("Jan Kowalski");
    }

    @Test
    void institutionSender() throws Exception {
        String xml = GENERAL_LETTER.replaceFirst("(?s)<oso:Osoba>.*</oso:Osoba>",
                "<inst:Instytucja><inst:NazwaInstytucji>Kuratorium Oświaty w Lublinie</inst:NazwaInstytucji></inst:Instytucja>");
        InboundContent c = read(xml);
        assertThat(c.senderKind()).isEqualTo("INSTITUTION");
        assertThat(c.senderName()).isEqualTo("Kuratorium Oświaty w Lublinie");
    }

    @Test
    void badInputIsRefusedWithReason() {
        assertThatThrownBy(() -> read("<a><b></a>")).hasMessageContaining("nie jest poprawnym XML");
        assertThatThrownBy(() -> read("<!DOCTYPE x [<!ENTITY e SYSTEM 'http://example.com/'>]><x>&e;</x>")).hasMessageContaining("DOCTYPE");
        assertThatThrownBy(() -> read("<faktura xmlns='urn:x'/>")).hasMessageContaining("To nie jest e-formularz wnio:Dokument");
        assertThatThrownBy(() -> read(GENERAL_LETTER.replaceFirst("<str:DaneZalacznika>[^<]*", "<str:DaneZalacznika>@@@")))
                .hasMessageContaining("base64");
    }

    @Test
    void attachmentBase64WrappedInLinesIsDecodedAndStrayCharactersAreRefused() throws Exception {
        String wrapped = "\n      JVBERi0x\r\n\tLjQgdGVz\n      dA==\n    ";
        InboundContent c = read(GENERAL_LETTER.replaceFirst("<str:DaneZalacznika>[^<]*", "<str:DaneZalacznika>" + wrapped));
        assertThat(new String(c.attachments().get(0).content(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4 test");
        // U+0141 (Ł) and U+00C1 (Á) are not base64, though their low bytes are 'A' and a Latin-1 letter
        for (String stray : new String[] {"JVBERi0x\u0141jQgdGVzdA==", "JVBERi0x\u00c1jQgdGVzdA==", "JVBERi0x\u00a0LjQgdGVzdA=="}) {
            assertThatThrownBy(() -> read(GENERAL_LETTER.replaceFirst("<str:DaneZalacznika>[^<]*", "<str:DaneZalacznika>" + stray)))
                    .hasMessageContaining("nie jest poprawnie zakodowany w base64");
        }
    }
}
