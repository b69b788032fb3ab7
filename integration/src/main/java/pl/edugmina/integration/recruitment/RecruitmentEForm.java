package pl.edugmina.integration.recruitment;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import pl.edugmina.integration.epuap.WnioDokumentParser.InvalidDocumentException;
import pl.edugmina.recruitment.application.EpuapApplication;
import pl.edugmina.recruitment.application.RecruitmentForm;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the recruitment e-form ({@link RecruitmentForm}, as {@link RecruitmentApplicationDocument} writes it) from a
 * document already parsed safely ({@code WnioDokumentParser.parseXml}): {@code wnio:TrescDokumentu/wnio:Wniosek} with
 * {@code NumerWniosku}, {@code Nabor id=}, {@code Dziecko} (Imie, Nazwisko, DataUrodzenia, PESEL or Dokument),
 * {@code Preferencje/Preferencja kolejnosc= oddzial=} and {@code Kryteria/Kryterium kod=}, all in the form's namespace
 * and only as direct children (nothing is picked up from elsewhere, e.g. a signature). What cannot be read is refused
 * with the reason in Polish (never a value of the child's data).
 */
public final class RecruitmentEForm {

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,18}");
    private static final Pattern PESEL = Pattern.compile("[0-9]{11}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final int MAX_NAME = 100;
    private static final int MAX_PREFERENCES = 20;
    private static final int MAX_CRITERIA = 100;

    private RecruitmentEForm() {
    }

    public static EpuapApplication read(Document doc) throws InvalidDocumentException {
        Element root = doc.getDocumentElement();
        if (!RecruitmentForm.NS.equals(root.getNamespaceURI()) || !"Dokument".equals(root.getLocalName())) {
            throw new InvalidDocumentException("Dokument nie jest e-formularzem wniosku rekrutacyjnego");
        }
        Element wniosek = child(child(root, "TrescDokumentu"), "Wniosek");
        if (wniosek == null) {
            throw new InvalidDocumentException("E-formularz nie ma części TrescDokumentu/Wniosek");
        }
        String number = text(child(wniosek, "NumerWniosku"));
        if (number == null || !NUMBER.matcher(number).matches()) {
            throw new InvalidDocumentException("E-formularz nie ma poprawnego numeru wniosku (NumerWniosku)");
        }
        Element nabor = child(wniosek, "Nabor");
        Long campaign = null;
        if (nabor != null && !nabor.getAttribute("id").isBlank()) {
            if (!NUMBER.matcher(nabor.getAttribute("id").strip()).matches()) {
                throw new InvalidDocumentException("E-formularz ma niepoprawny identyfikator naboru");
            }
            campaign = Long.valueOf(nabor.getAttribute("id").strip());
        }
        Element child = child(wniosek, "Dziecko");
        if (child == null) {
            throw new InvalidDocumentException("E-formularz nie ma danych dziecka (Dziecko)");
        }
        String first = name(child, "Imie");
        String last = name(child, "Nazwisko");
        LocalDate birth;
        String birthText = text(child(child, "DataUrodzenia"));
        try {
            birth = birthText == null ? null : LocalDate.parse(birthText);
        } catch (DateTimeParseException e) {
            throw new InvalidDocumentException("E-formularz ma niepoprawną datę urodzenia dziecka (oczekiwano RRRR-MM-DD)");
        }
        String pesel = text(child(child, "PESEL"));
        if (pesel != null && !PESEL.matcher(pesel).matches()) {
            throw new InvalidDocumentException("PESEL dziecka w e-formularzu nie ma 11 cyfr");
        }
        String document = name(child, "Dokument");
        List<Long> preferences = preferences(child(wniosek, "Preferencje"));
        List<String> criteria = criteria(child(wniosek, "Kryteria"));
        return new EpuapApplication(Long.parseLong(number), campaign, first, last, birth, pesel, document, preferences, criteria);
    }

    private static List<Long> preferences(Element list) throws InvalidDocumentException {
        List<Long> result = new ArrayList<>();
        for (Element p : children(list, "Preferencja")) {
            if (result.size() == MAX_PREFERENCES) {
                throw new InvalidDocumentException("E-formularz ma więcej niż " + MAX_PREFERENCES + " preferencji");
            }
            String rank = p.getAttribute("kolejnosc").strip();
            String classId = p.getAttribute("oddzial").strip();
            if (!NUMBER.matcher(classId).matches() || !rank.equals(String.valueOf(result.size() + 1))) {
                throw new InvalidDocumentException("Preferencja nr " + (result.size() + 1) + " w e-formularzu ma niepoprawny oddział lub kolejność");
            }
            result.add(Long.valueOf(classId));
        }
        return result;
    }

    private static List<String> criteria(Element list) throws InvalidDocumentException {
        List<String> result = new ArrayList<>();
        for (Element k : children(list, "Kryterium")) {
            String code = k.getAttribute("kod").strip();
            if (!CODE.matcher(code).matches() || result.size() == MAX_CRITERIA) {
                throw new InvalidDocumentException("E-formularz ma niepoprawny kod kryterium");
            }
            result.add(code);
        }
        return result;
    }

    private static String name(Element parent, String local) throws InvalidDocumentException {
        String s = text(child(parent, local));
        if (s != null && s.length() > MAX_NAME) {
            throw new InvalidDocumentException("Pole " + local + " w e-formularzu jest za długie");
        }
        return s;
    }

    private static Element child(Element parent, String local) {
        if (parent == null) {
            return null;
        }
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE && local.equals(c.getLocalName()) && RecruitmentForm.NS.equals(c.getNamespaceURI())) {
                return (Element) c;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String local) {
        List<Element> result = new ArrayList<>();
        if (parent == null) {
            return result;
        }
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE && local.equals(c.getLocalName()) && RecruitmentForm.NS.equals(c.getNamespaceURI())) {
                result.add((Element) c);
            }
        }
        return result;
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.getTextContent().strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }
}
