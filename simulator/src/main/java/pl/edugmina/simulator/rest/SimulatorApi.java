package pl.edugmina.simulator.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The simulator's control API at {@code /epuap-sim/api}. No authentication: a development tool. */
@ApplicationPath("/api")
public class SimulatorApi extends Application {
}
