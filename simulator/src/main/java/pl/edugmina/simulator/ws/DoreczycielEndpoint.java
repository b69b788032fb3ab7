package pl.edugmina.simulator.ws;

import jakarta.ejb.EJB;
import jakarta.jws.WebService;
import org.apache.cxf.interceptor.InInterceptors;
import pl.edugmina.simulator.store.Addresses;
import pl.edugmina.simulator.store.NewOutbound;
import pl.edugmina.simulator.store.OutboxStore;
import pl.gov.epuap.ws.doreczyciel.DoreczFaultMsg;
import pl.gov.epuap.ws.doreczyciel.Doreczyciel;
import pl.gov.epuap.ws.doreczyciel.OdbierzFaultMsg;
import pl.gov.epuap.wsdl.obiekty.DokumentTyp;
import pl.gov.epuap.wsdl.obiekty.OdpowiedzDoreczycielaTyp;
import pl.gov.epuap.wsdl.obiekty.StatusTyp;

import javax.xml.datatype.XMLGregorianCalendar;
import javax.xml.transform.Source;
import java.util.logging.Logger;

/**
 * WS-Doręczyciel at {@code /epuap-sim/doreczyciel}: delivery with a UPD. {@code dorecz} stores the
 * document (channel {@code dorecz}) unless {@code CzyProbne} and answers with the ePUAP identifiers;
 * the UPD arrives later in the sender's reply inbox ({@code AdresOdpowiedzi}), when the addressee picks
 * the document up ({@code POST /epuap-sim/api/sent/{id}/pick-up}). Faults ({@code ob:Wyjatek}): 2 an
 * address is not {@code /PODMIOT/nazwa} (the reply address is required: the UPD goes there) or the
 * sender is missing, 4 no document. {@code odbierz} answers OK.
 */
@WebService(endpointInterface = "pl.gov.epuap.ws.doreczyciel.Doreczyciel", serviceName = "pkDoreczycielService",
        portName = "doreczyciel", targetNamespace = "http://ws.epuap.gov.pl/doreczyciel/")
@InInterceptors(classes = {SimWsSecurity.VerifySignature.class, SimWsSecurity.RequireSignedBodyAndTimestamp.class})
public class DoreczycielEndpoint implements Doreczyciel {

    private static final Logger LOG = Logger.getLogger(DoreczycielEndpoint.class.getName());

    @EJB
    private OutboxStore outbox;

    @Override
    public OdpowiedzDoreczycielaTyp dorecz(String podmiot, String adresSkrytki, String adresOdpowiedzi,
                                           XMLGregorianCalendar terminDoreczenia, boolean czyProbne,
                                           String identyfikatorDokumentu, String identyfikatorSprawy, Source daneDodatkowe,
                                           DokumentTyp upd, DokumentTyp dokument) throws DoreczFaultMsg {
        if (Soap.blank(podmiot)) {
            throw fault(2, "Nie podano identyfikatora podmiotu nadającego");
        }
        if (Addresses.parse(adresSkrytki).isEmpty()) {
            throw fault(2, "Niepoprawny adres skrytki adresata „" + adresSkrytki + "”: oczekiwano postaci /PODMIOT/nazwa");
        }
        if (Addresses.parse(adresOdpowiedzi).isEmpty()) {
            throw fault(2, "Niepoprawny lub brakujący adres odpowiedzi „" + adresOdpowiedzi
                    + "”: na ten adres trafi UPD; oczekiwano postaci /PODMIOT/nazwa");
        }
        if (dokument == null || dokument.getZawartosc() == null || dokument.getZawartosc().length == 0) {
            throw fault(4, "Brak dokumentu do doręczenia lub dokument jest pusty");
        }
        if (Soap.blank(dokument.getNazwaPliku())) {
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
        String idZlecenia = "Z-" + n;
        if (!czyProbne) {
            outbox.insert(new NewOutbound("dorecz", podmiot, adresSkrytki.trim(), adresOdpowiedzi.trim(), false,
                    dokument.getNazwaPliku(), dokument.getTypPliku(), dokument.getZawartosc(), extra, idDokumentu, null,
                    idZlecenia, Soap.time(terminDoreczenia), identyfikatorSprawy, identyfikatorDokumentu));
        }
        LOG.info(() -> "ePUAP simulator: dorecz " + dokument.getNazwaPliku() + " (" + dokument.getZawartosc().length
                + " B) from " + podmiot + " to " + adresSkrytki + (czyProbne ? " [próbne, nie zapisano]" : "")
                + " -> " + idDokumentu + "/" + idZlecenia);
        OdpowiedzDoreczycielaTyp o = new OdpowiedzDoreczycielaTyp();
        o.setStatus(Soap.ok());
        o.setIdentyfikatorDokumentu(idDokumentu);
        o.setIdentyfikatorZlecenia(idZlecenia);
        return o;
    }

    @Override
    public StatusTyp odbierz(String podmiot, boolean czyProbne, Source daneDodatkowe, DokumentTyp upd) throws OdbierzFaultMsg {
        return Soap.ok();
    }

    private static DoreczFaultMsg fault(int kod, String komunikat) {
        return new DoreczFaultMsg(komunikat, Soap.wyjatek(kod, komunikat));
    }
}
