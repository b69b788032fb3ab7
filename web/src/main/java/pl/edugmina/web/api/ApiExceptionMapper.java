package pl.edugmina.web.api;

import jakarta.ejb.EJBException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import pl.edugmina.common.AccessDeniedException;
import pl.edugmina.common.BusinessException;
import pl.edugmina.common.ConflictException;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.web.support.Messages;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Every failure of the API becomes JSON {"message": "<Polish>"} with the right status; no stack traces. */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
        if (e instanceof ValidationException v) {
            JsonArrayBuilder violations = Json.createArrayBuilder();
            v.violations().forEach(x -> violations.add(Json.createObjectBuilder()
                    .add("field", x.field())
                    .add("message", Messages.get(Messages.POLISH, x.messageKey(), x.arguments()))));
            return json(422, Json.createObjectBuilder()
                    .add("message", Messages.get(Messages.POLISH, "error.validation"))
                    .add("violations", violations));
        }
        if (e instanceof NotFoundException) {
            return json(404, message("error.notFound.generic"));
        }
        if (e instanceof AccessDeniedException) {
            return json(403, message("error.accessDenied"));
        }
        if (e instanceof ConflictException c) {
            return json(409, Json.createObjectBuilder().add("message", Messages.get(Messages.POLISH, c.messageKey(), c.arguments())));
        }
        if (e instanceof BusinessException b) {
            return json(422, Json.createObjectBuilder().add("message", Messages.get(Messages.POLISH, b.messageKey(), b.arguments())));
        }
        if (e instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            String key = switch (status) {
                case 404 -> "error.notFound.generic";
                case 405 -> "error.methodNotAllowed";
                case 413 -> "error.tooLarge";
                case 415 -> "error.unsupportedMediaType";
                case 403 -> "error.accessDenied";
                default -> "error.badRequest";
            };
            return json(status, message(key));
        }
        LOG.log(Level.SEVERE, "EDU-API-500 unexpected failure", e);
        return json(500, message("error.unexpected"));
    }

    private static JsonObjectBuilder message(String key) {
        return Json.createObjectBuilder().add("message", Messages.get(Messages.POLISH, key));
    }

    private static Response json(int status, JsonObjectBuilder body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body.build().toString()).build();
    }

    static Throwable unwrap(Throwable t) {
        Throwable e = t;
        while ((e instanceof EJBException || e.getClass().getName().endsWith("TransactionRolledbackLocalException")) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
