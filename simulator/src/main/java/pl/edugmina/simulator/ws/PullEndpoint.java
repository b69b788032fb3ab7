package pl.edugmina.simulator.ws;

import jakarta.ejb.EJB;
import jakarta.jws.WebService;
import org.apache.cxf.interceptor.InInterceptors;
import pl.edugmina.simulator.store.Addresses;
import pl.edugmina.simulator.store.InboxMessage;
import pl.edugmina.simulator.store.InboxStore;
import pl.gov.epuap.ws.pull.Pull;
import pl.gov.epuap.ws.pull.PullFaultMsg;
import pl.gov.epuap.wsdl.obiekty.DaneNadawcyTyp;
import pl.gov.epuap.wsdl.obiekty.DanePodmiotuTyp;
import pl.gov.epuap.wsdl.obiekty.DokumentTyp;
import pl.gov.epuap.wsdl.obiekty.OdpowiedzPullOczekujaceTyp;
import pl.gov.epuap.wsdl.obiekty.OdpowiedzPullPobierzTyp;
import pl.gov.epuap.wsdl.obiekty.OdpowiedzPullPotwierdzTyp;
import pl.gov.epuap.wsdl.obiekty.ZapytaniePullOczekujaceTyp;
import pl.gov.epuap.wsdl.obiekty.ZapytaniePullPobierzTyp;
import pl.gov.epuap.wsdl.obiekty.ZapytaniePullPotwierdzTyp;
import pl.gov.epuap.wsdl.obiekty.ZapytaniePullTyp;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * WS-Pull at {@code /epuap-sim/pull}: a FIFO queue per inbox. {@code pobierzNastepny} returns the head
 * without removing it; {@code potwierdzOdebranie} with the head's skrot
 * ({@link pl.edugmina.simulator.docs.Skrot}) removes it. Faults ({@code ob:Wyjatek}):
 * <ul>
 * <li>2: the address is not {@code /PODMIOT/nazwa} or does not belong to {@code podmiot}/{@code nazwaSkrytki};</li>
 * <li>10: the inbox is empty (pobierzNastepny);</li>
 * <li>11: no message of the inbox has this skrot;</li>
 * <li>12: a waiting message has this skrot but it is not the head (confirm in order).</li>
 * </ul>
 * Confirming an already confirmed skrot again answers OK (idempotent).
 */
@WebService(endpointInterface = "pl.gov.epuap.ws.pull.Pull", serviceName = "pkPullService", portName = "pull",
        targetNamespace = "http://ws.epuap.gov.pl/pull/")
@InInterceptors(classes = {SimWsSecurity.VerifySignature.class, SimWsSecurity.RequireSignedBodyAndTimestamp.class})
public class PullEndpoint implements Pull {

    private static final Logger LOG = Logger.getLogger(PullEndpoint.class.getName());

    @EJB
    private InboxStore inbox;

    @Override
    public OdpowiedzPullOczekujaceTyp oczekujaceDokumenty(ZapytaniePullOczekujaceTyp z) throws PullFaultMsg {
        String adres = owned(z);
        OdpowiedzPullOczekujaceTyp o = new OdpowiedzPullOczekujaceTyp();
        o.setStatus(Soap.ok());
        o.setOczekujace((int) Math.min(Integer.MAX_VALUE, inbox.waiting(adres)));
        return o;
    }

    @Override
    public OdpowiedzPullPobierzTyp pobierzNastepny(ZapytaniePullPobierzTyp z) throws PullFaultMsg {
        String adres = owned(z);
        InboxMessage m = inbox.head(adres).orElseThrow(() -> fault(10, "Brak dokumentów w skrytce"));
        return answer(m);
    }

    /** The answer of pobierzNastepny for message {@code m} (package-visible for the contract test). */
    static OdpowiedzPullPobierzTyp answer(InboxMessage m) {
        OdpowiedzPullPobierzTyp o = new OdpowiedzPullPobierzTyp();
        o.setStatus(Soap.ok());
        DanePodmiotuTyp p = new DanePodmiotuTyp();
        p.setIdentyfikator(m.podmiot().identyfikator());
        p.setTypOsoby(m.podmiot().typOsoby());
        p.setImieSkrot(m.podmiot().imieSkrot());
        p.setNazwiskoNazwa(m.podmiot().nazwiskoNazwa());
        p.setPesel(m.podmiot().pesel());
        p.setRegon(m.podmiot().regon());
        p.setZgoda(m.podmiot().zgoda());
        o.setDanePodmiotu(p);
        DaneNadawcyTyp n = new DaneNadawcyTyp();
        n.setUzytkownik(m.uzytkownik());
        n.setSystem(m.system());
        o.setDaneNadawcy(n);
        o.setDataNadania(Soap.xml(m.dataNadania()));
        o.setNazwaSkrytki(m.nazwaSkrytki());
        o.setAdresSkrytki(m.adresSkrytki());
        o.setAdresOdpowiedzi(m.adresOdpowiedzi());
        o.setCzyTestowe(m.czyTestowe());
        o.setDaneDodatkowe(m.daneDodatkowe() == null ? new byte[0] : m.daneDodatkowe());
        DokumentTyp d = new DokumentTyp();
        d.setNazwaPliku(m.nazwaPliku());
        d.setTypPliku(m.typPliku());
        d.setZawartosc(m.zawartosc());
        o.setDokument(d);
        return o;
    }

    @Override
    public OdpowiedzPullPotwierdzTyp potwierdzOdebranie(ZapytaniePullPotwierdzTyp z) throws PullFaultMsg {
        String adres = owned(z);
        if (Soap.blank(z.getSkrot())) {
            throw fault(11, "Nie podano skrótu dokumentu");
        }
        InboxStore.ConfirmOutcome outcome = inbox.confirm(adres, z.getSkrot().trim());
        switch (outcome) {
            case CONFIRMED, ALREADY_CONFIRMED -> {
                OdpowiedzPullPotwierdzTyp o = new OdpowiedzPullPotwierdzTyp();
                o.setStatus(Soap.ok());
                return o;
            }
            case NOT_HEAD -> throw fault(12, "Dokument o skrócie " + z.getSkrot()
                    + " nie jest pierwszym oczekującym w skrytce " + adres + "; potwierdza się dokumenty w kolejności pobierania");
            default -> throw fault(11, "W skrytce " + adres + " nie ma dokumentu o skrócie " + z.getSkrot());
        }
    }

    /** The inbox address, if {@code podmiot} and {@code nazwaSkrytki} are its owner and name. */
    private static String owned(ZapytaniePullTyp z) throws PullFaultMsg {
        Optional<Addresses.Address> a = Addresses.parse(z.getAdresSkrytki());
        if (a.isEmpty()) {
            throw fault(2, "Niepoprawny adres skrytki „" + z.getAdresSkrytki() + "”: oczekiwano postaci /PODMIOT/nazwa");
        }
        if (!a.get().podmiot().equals(z.getPodmiot())) {
            throw fault(2, "Skrytka " + a.get().adres() + " nie należy do podmiotu „" + z.getPodmiot() + "”");
        }
        if (!a.get().nazwa().equals(z.getNazwaSkrytki())) {
            throw fault(2, "Nazwa skrytki „" + z.getNazwaSkrytki() + "” nie zgadza się z adresem " + a.get().adres());
        }
        return a.get().adres();
    }

    private static PullFaultMsg fault(int kod, String komunikat) {
        LOG.fine(() -> "pull fault " + kod + ": " + komunikat);
        return new PullFaultMsg(komunikat, Soap.wyjatek(kod, komunikat));
    }
}
