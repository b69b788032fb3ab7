package pl.edugmina.registers.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import pl.edugmina.security.Actor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The list query of a unit's register, in native SQL: only the reader's units' entries unless the reader sees the
 * whole city, then the filters every register has (one entry, one unit) and the register's own. A parameter is bound
 * only together with the condition that names it.
 */
public final class RegisterQuery {

    private final String alias;
    private final StringBuilder sql;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private RegisterQuery(String select, String alias) {
        this.sql = new StringBuilder(select);
        this.alias = alias;
    }

    /**
     * @param select ends in the where clause the conditions are added to (e.g. {@code where 1 = 1})
     * @param alias  the entries' table in {@code select} (its {@code id} and {@code unit_id})
     */
    public static RegisterQuery scoped(Actor me, String select, String alias) {
        RegisterQuery q = new RegisterQuery(select, alias);
        if (!me.seesAllUnits()) {
            q.and(alias + ".unit_id = any(cast(:scope as bigint[]))", "scope", me.unitScope().toArray(new Long[0]));
        }
        return q;
    }

    /** Only the entry {@code id}; null: any. */
    public RegisterQuery entry(Long id) {
        return id == null ? this : and(alias + ".id = :id", "id", id);
    }

    /** Only the unit's entries; null: any unit the reader sees. */
    public RegisterQuery unit(Long unitId) {
        return unitId == null ? this : and(alias + ".unit_id = :unit", "unit", unitId);
    }

    /** A condition with the parameter it names. */
    public RegisterQuery and(String condition, String parameter, Object value) {
        return and(condition).bind(parameter, value);
    }

    /** A condition whose parameters are bound next ({@link #bind}). */
    public RegisterQuery and(String condition) {
        sql.append(" and ").append(condition);
        return this;
    }

    public RegisterQuery bind(String parameter, Object value) {
        parameters.put(parameter, value);
        return this;
    }

    /** When {@code text} is not blank: {@code condition}, in which {@code :q} is a LIKE pattern for the text anywhere. */
    public RegisterQuery search(String text, String condition) {
        return text == null || text.isBlank() ? this : and(condition, "q", containing(text));
    }

    /** The rows in {@code orderBy} order ({@code order by …}), at most {@code maxRows}. */
    public List<Object[]> rows(EntityManager em, String orderBy, int maxRows) {
        Query q = em.createNativeQuery(sql() + " " + orderBy);
        parameters.forEach(q::setParameter);
        q.setMaxResults(maxRows);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows;
    }

    /** A LIKE pattern that finds {@code text} (without the white space around it) anywhere, its wildcards taken literally. */
    static String containing(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    String sql() {
        return sql.toString();
    }

    Map<String, Object> parameters() {
        return parameters;
    }
}
