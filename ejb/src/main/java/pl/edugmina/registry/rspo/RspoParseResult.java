package pl.edugmina.registry.rspo;

import java.util.List;

/**
 * Outcome of reading one RSPO file.
 *
 * @param records          records that passed validation, in file order
 * @param errors           rejected records, in file order
 * @param fileErrorOrNull  when the file as a whole could not be read (too large, not JSON,
 *                         unexpected structure), a Polish message for the user; the lists are
 *                         then empty
 * @param nextPageOrNull   {@code hydra:view/hydra:next} of the last page in the file, if any
 * @param totalItemsOrNull {@code hydra:totalItems} of the last page in the file, if any
 * @param recordPositions  the 1-based position in the file of each of {@code records}, same order
 */
public record RspoParseResult(
        List<RspoRecord> records,
        List<RspoRecordError> errors,
        String fileErrorOrNull,
        String nextPageOrNull,
        Integer totalItemsOrNull,
        List<Integer> recordPositions) {

    public RspoParseResult {
        records = List.copyOf(records);
        errors = List.copyOf(errors);
        recordPositions = List.copyOf(recordPositions);
        if (recordPositions.size() != records.size()) {
            throw new IllegalArgumentException("one position per record");
        }
    }

    static RspoParseResult fileError(String messagePl) {
        return new RspoParseResult(List.of(), List.of(), messagePl, null, null, List.of());
    }

    public boolean hasFileError() {
        return fileErrorOrNull != null;
    }
}
