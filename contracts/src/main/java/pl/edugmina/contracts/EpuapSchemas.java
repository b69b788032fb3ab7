package pl.edugmina.contracts;

import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.IOException;
import java.net.URL;

/** The published ePUAP types (obiektypk.xsd), for checking messages against the contract. */
public final class EpuapSchemas {

    public static final String OBIEKTY_NS = "http://wsdl.epuap.gov.pl/obiekty/";
    private static volatile Schema obiekty;

    private EpuapSchemas() {
    }

    public static Schema obiekty() {
        Schema s = obiekty;
        if (s == null) {
            URL xsd = EpuapSchemas.class.getClassLoader().getResource("META-INF/wsdl/epuap/obiektypk.xsd");
            try {
                SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file,vfs");
                s = f.newSchema(xsd);
            } catch (SAXException e) {
                throw new IllegalStateException("obiektypk.xsd cannot be loaded: " + e.getMessage(), e);
            }
            obiekty = s;
        }
        return s;
    }

    /** Throws with the schema's message if {@code element} (an ob:* element) is not valid. */
    public static void validate(Source element) throws SAXException, IOException {
        Validator v = obiekty().newValidator();
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        v.validate(element);
    }
}
