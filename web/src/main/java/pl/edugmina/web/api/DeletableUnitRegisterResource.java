package pl.edugmina.web.api;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import pl.edugmina.registers.application.DeletableUnitRegisterService;
import pl.edugmina.registers.application.UnitRegisterRow;

/**
 * The resource of a register whose entries may also be deleted (contracts, innovations): what
 * {@link UnitRegisterResource} offers and DELETE {@code /{id}} → 204.
 *
 * @param <R> a line of the register, as GET answers it
 * @param <D> an entry as the body describes it
 */
public abstract class DeletableUnitRegisterResource<R extends UnitRegisterRow, D> extends UnitRegisterResource<R, D> {

    /** @param path where the entries are, ending with a slash (e.g. {@code /api/contracts/}) */
    protected DeletableUnitRegisterResource(String path) {
        super(path);
    }

    @Override
    protected abstract DeletableUnitRegisterService<R, D> register();

    @DELETE
    @Path("{id: [0-9]+}")
    public Response delete(@PathParam("id") long id) {
        register().delete(id);
        return Response.noContent().build();
    }
}
