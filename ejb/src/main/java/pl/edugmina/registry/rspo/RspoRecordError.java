package pl.edugmina.registry.rspo;

/**
 * A record that was rejected while reading an RSPO file.
 *
 * @param position         1-based position of the record in the file (counted over all pages)
 * @param rspoNumberOrNull the record's {@code numerRspo} as written, or null when absent
 * @param reasonPl         why the record was rejected, in Polish, for display to the user;
 *                         several problems of one record are separated by "; "
 */
public record RspoRecordError(int position, String rspoNumberOrNull, String reasonPl) {
}
