package pl.edugmina.simulator.ws;

import jakarta.ejb.EJB;
import jakarta.jws.WebService;
import org.apache.cxf.interceptor.InInterceptors;
import pl.edugmina.simulator.docs.Receipts;
import pl.edugmina.simulator.store.Addresses;
import pl.edugmina.simulator.store.NewOutbound;
import pl.edugmina.simulator.store.OutboxStore;
import pl.gov.epuap.ws.skrytka.NadajFaultMsg;
import pl.gov.epuap.ws.skrytka.Skrytka;
import pl.gov.epuap.wsdl.obiekty.DokumentTyp;
import pl.gov.epuap.wsdl.obiekty.OdpowiedzSkrytkiTyp;

import javax.xml.transform.Source;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;

/**
 * WS-Skrytka at {@code /epuap-sim/skrytka}: the system submits a document to an addressee's inbox.
 * Stored (channel {@code nadaj}) unless {@code CzyProbne}; the answer carries a UPP ({@code upp.xml},
 * see {@link Receipts}). Faults ({@code ob:Wyjatek}): 2 the address is not {@code /PODMIOT/nazwa} or
 * the sender is missing, 4 no document (or an empty one).
 */
@WebService(endpointInterface = "pl.gov.epuap.ws.skrytka.Skrytka", serviceName = "pkSkrytkaService", portName = "skrytka",
        targetNamespace = "http://ws.epuap.gov.pl/skrytka/")
@InInterceptors(classes = {SimWsSecurity.VerifySignature.class, SimWsSecurity.RequireSignedBodyAndTimestamp.class})
public class SkrytkaEndpoint implements Skrytka {

    private static final Logger LOG = Logger.getLogger(SkrytkaEndpoint.class.getName());

    @EJB
    private OutboxStore outbox;

    @Override
    public OdpowiedzSkrytkiTyp nadaj(String podmiot, String adresSkrytki, String adresOdpowiedzi, boolean czyProbne,
                                     Source daneDodatkowe, DokumentTyp dokument) throws NadajFaultMsg {
        if (dokument == null) {
            throw fault(4, "Brak dokumentu do nadania");
        }
        return submit(podmiot, adresSkrytki, adresOdpowiedzi, czyProbne, daneDodatkowe, dokument.getNazwaPliku(),
                dokument.getTypPliku(), dokument.getZawartosc());
    }

    @Override
    public OdpowiedzSkrytkiTyp nadajAny(String podmiot, String adresSkrytki, String adresOdpowiedzi, boolean czyProbne,
                                        Source daneDodatkowe, String nazwaPliku, Object dokument) throws NadajFaultMsg {
        byte[] content;
        try {
            content = Soap.bytes(dokument);
        } catch (IllegalArgumentException e) {
            throw fault(4, e.getMessage());
        }
        return submit(podmiot, adresSkrytki, adresOdpowiedzi, czyProbne, daneDodatkowe,
                Soap.blank(nazwaPliku) ? "dokument.xml" : nazwaPliku, "text/xml", content);
    }

    private OdpowiedzSkrytkiTyp submit(String podmiot, String adresSkrytki, String adresOdpowiedzi, boolean czyProbne,
                                       Source daneDodatkowe, String nazwaPliku, String typPliku, byte[] content)
            throws NadajFaultMsg {
        if (Soap.blank(podmiot)) {
            throw fault(2, "Nie podano identyfikatora podmiotu nadającego");
        }
        if (Addresses.parse(adresSkrytki).isEmpty()) {
            throw fault(2, "Niepoprawny adres skrytki adresata „" + adresSkrytki + "”: oczekiwano postaci /PODMIOT/nazwa");
        }
        if (!Soap.blank(adresOdpowiedzi) && Addresses.parse(adresOdpowiedzi).isEmpty()) {
            throw fault(2, "Niepoprawny adres odpowiedzi „" + adresOdpowiedzi + "”: oczekiwano postaci /PODMIOT/nazwa");
        }
        if (content == null || content.length == 0) {
            throw fault(4, "Dokument jest pusty");
        }
        if (Soap.blank(nazwaPliku)) {
            throw fault(4, "Nie podano nazwy pliku dokumentu");
        }
        byte[] extra;
        try {
            extra = Soap.bytes(daneDodatkowe);
        } catch (IllegalArgumentException e) {
            throw fault(4, e.getMessage());
        }
        long n = outbox.nextIdentifier();
        String idDokumentu = String.valueOf(n);
        String idUpp = "UPP-" + n;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        byte[] upp = Receipts.upp(new Receipts.Upp(idUpp, idDokumentu, now, podmiot, adresSkrytki.trim(),
                Soap.blank(adresOdpowiedzi) ? null : adresOdpowiedzi.trim(), nazwaPliku, content, czyProbne));
        if (!czyProbne) {
            outbox.insert(new NewOutbound("nadaj", podmiot, adresSkrytki.trim(), Soap.blank(adresOdpowiedzi) ? null : adresOdpowiedzi.trim(),
                    false, nazwaPliku, typPliku, content, extra, idDokumentu, idUpp, null, null, null, null));
        }
        LOG.info(() -> "ePUAP simulator: nadaj " + nazwaPliku + " (" + content.length + " B) from " + podmiot + " to "
                + adresSkrytki + (czyProbne ? " [próbne, nie zapisano]" : "") + " -> " + idDokumentu);
        OdpowiedzSkrytkiTyp o = new OdpowiedzSkrytkiTyp();
        o.setStatus(Soap.ok());
        o.setIdentyfikatorDokumentu(idDokumentu);
        o.setIdentyfikatorUpp(idUpp);
        DokumentTyp zalacznik = new DokumentTyp();
        zalacznik.setNazwaPliku("upp.xml");
        zalacznik.setTypPliku("text/xml");
        zalacznik.setZawartosc(upp);
        o.setZalacznik(zalacznik);
        return o;
    }

    private static NadajFaultMsg fault(int kod, String komunikat) {
        return new NadajFaultMsg(komunikat, Soap.wyjatek(kod, komunikat));
    }
}
