package pl.edugmina.platform;

import jakarta.enterprise.context.RequestScoped;

/** Facts about the current HTTP request that the audit log records (set by the web tier's filter). */
@RequestScoped
public class RequestContext {

    private String clientIp;

    public String clientIp() {
        return clientIp;
    }

    public void clientIp(String ip) {
        this.clientIp = ip;
    }
}
