package pl.edugmina.web.support;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import pl.edugmina.platform.Page;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A lazy table over an application service that returns one {@link Page} (rows and total) per
 * call: the table's paging and sorting become the service's {@code first}, {@code size} and sort.
 */
public class PageModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Loads one page; {@code sortField} is null when the user has not sorted. */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        Page<T> load(int first, int pageSize, String sortField, boolean ascending);
    }

    /** The row's identity for the table (serialisable, e.g. a method reference to the id). */
    public interface Key<T> extends Function<T, Object>, Serializable {
    }

    private final Loader<T> loader;
    private final Key<T> key;

    public PageModel(Loader<T> loader, Key<T> key) {
        this.loader = loader;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        // the total comes with each page (see load)
        return getRowCount();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String field = null;
        boolean ascending = true;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta s = sortBy.values().iterator().next();
            field = s.getField();
            ascending = s.getOrder() != SortOrder.DESCENDING;
        }
        Page<T> page = loader.load(first, pageSize, field, ascending);
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.rows();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return null;
    }
}
