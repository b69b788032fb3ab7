package pl.edugmina.platform;

import java.util.List;

/** One page of a list and the total count of what the filters match. */
public record Page<T>(List<T> rows, long total) {
    public Page {
        rows = List.copyOf(rows);
    }
}
