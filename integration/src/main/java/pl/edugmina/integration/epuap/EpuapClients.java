package pl.edugmina.integration.epuap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import pl.edugmina.integration.bus.WsSecurity;
import pl.edugmina.integration.bus.WsSecuritySettings;
import pl.gov.epuap.ws.doreczyciel.Doreczyciel;
import pl.gov.epuap.ws.pull.Pull;
import pl.gov.epuap.ws.skrytka.Skrytka;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JAX-WS clients of WS-Pull, WS-Skrytka and WS-Doręczyciel, generated from the published WSDLs,
 * every request signed with the system's certificate. Built from the interfaces' annotations, not
 * from the WSDL files, so CXF's policy engine does not reinterpret the integrator's policy: the
 * signing profile is applied explicitly ({@link WsSecurity}). One proxy per address, reused.
 */
@ApplicationScoped
public class EpuapClients {

    @Inject
    private EpuapSettings settings;

    @Inject
    private WsSecuritySettings wss;

    private final Map<String, Object> ports = new ConcurrentHashMap<>();

    public Pull pull() {
        return port(Pull.class, "http://ws.epuap.gov.pl/pull/", "pkPullService", "pull", settings.pullUrl());
    }

    public Skrytka skrytka() {
        return port(Skrytka.class, "http://ws.epuap.gov.pl/skrytka/", "pkSkrytkaService", "skrytka", settings.skrytkaUrl());
    }

    public Doreczyciel doreczyciel() {
        return port(Doreczyciel.class, "http://ws.epuap.gov.pl/doreczyciel/", "pkDoreczycielService", "doreczyciel", settings.doreczycielUrl());
    }

    private <T> T port(Class<T> type, String ns, String serviceName, String portName, String address) {
        return type.cast(ports.computeIfAbsent(type.getName() + " " + address, k -> WsSecurity.signedPort(type, ns, serviceName, portName,
                address, settings.connectTimeoutMs(), settings.receiveTimeoutMs(), wss)));
    }
}
