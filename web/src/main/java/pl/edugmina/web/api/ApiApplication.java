package pl.edugmina.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API for integrators and tests: JSON, HTTP Basic authentication, the same services and scoping as the screens. */
@ApplicationPath("/api")
public class ApiApplication extends Application {
}
