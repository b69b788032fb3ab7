package pl.edugmina.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every answer of the API, with the default configuration (nulls left out). Without it
 * RESTEasy built a new {@code Jsonb} for each answer: the provider looked up through the modules' service files and
 * every class introspected again, about a fifth of the CPU of a small request (docs/benchmarks.md §13). Jsonb is
 * thread-safe; it lives as long as the application.
 */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
