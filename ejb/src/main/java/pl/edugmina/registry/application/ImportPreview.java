package pl.edugmina.registry.application;

import java.util.List;

/**
 * What an import would do, row by row, before anything is written.
 *
 * @param fileError a reason the whole file was refused (then there are no rows)
 */
public record ImportPreview(String fileError, List<Row> rows) {

    public enum Status { NEW, CHANGED, UNCHANGED, INVALID }

    /** @param changedFields for CHANGED rows, the fields that differ; for INVALID, empty */
    public record Row(int position, Integer rspoNumber, String name, Status status, List<String> changedFields, String reason) {
    }

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public long count(Status s) {
        return rows.stream().filter(r -> r.status() == s).count();
    }
}
