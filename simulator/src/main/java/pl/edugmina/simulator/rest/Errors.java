package pl.edugmina.simulator.rest;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Error answers of the API: JSON {@code {"blad": "…"}} with a Polish message. */
public final class Errors {

    private Errors() {
    }

    public record Blad(String blad) {
    }

    static WebApplicationException badRequest(String message) {
        return new WebApplicationException(message, response(Response.Status.BAD_REQUEST, message));
    }

    static WebApplicationException notFound(String message) {
        return new WebApplicationException(message, response(Response.Status.NOT_FOUND, message));
    }

    static WebApplicationException conflict(String message) {
        return new WebApplicationException(message, response(Response.Status.CONFLICT, message));
    }

    static Response response(Response.Status status, String message) {
        return Response.status(status).entity(new Blad(message)).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    /** Unexpected failures (a missing keystore, the database): 500 with the cause's message. */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(RuntimeException e) {
            if (e instanceof WebApplicationException w) {
                return w.getResponse();
            }
            Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            LOG.log(Level.WARNING, "ePUAP simulator API: " + cause.getMessage(), cause);
            return response(Response.Status.INTERNAL_SERVER_ERROR, "Błąd symulatora: " + cause.getMessage());
        }
    }
}
