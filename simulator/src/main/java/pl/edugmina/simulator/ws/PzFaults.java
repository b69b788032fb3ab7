package pl.edugmina.simulator.ws;

import org.apache.cxf.binding.soap.Soap11;
import org.apache.cxf.binding.soap.SoapFault;

/**
 * SOAP faults of the Profil Zaufany services, which declare none in their WSDL: a SOAP 1.1
 * {@code soap:Client} fault (the caller's request is wrong, or the document is not signed) whose
 * {@code faultstring} is the Polish message.
 *
 * <p>CXF's {@link SoapFault} rather than {@code jakarta.xml.ws.soap.SOAPFaultException}: CXF treats a
 * {@code Fault} thrown by the implementation as an expected application fault and logs one line,
 * where any other runtime exception is logged as a WARNING with its stack trace (an integrator asking
 * too early for a document the citizen has not signed yet is not a server problem).
 */
final class PzFaults {

    private PzFaults() {
    }

    static SoapFault client(String message) {
        return new SoapFault(message, Soap11.getInstance().getSender());
    }
}
