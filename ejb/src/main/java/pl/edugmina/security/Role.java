package pl.edugmina.security;

import java.util.EnumSet;
import java.util.Set;

/** The roles of EduGmina. Department roles see the whole city; unit roles see their unit (or zespół). */
public enum Role {
    ADMIN,
    DEPT_DIRECTOR,
    DEPT_HEAD,
    DEPT_OFFICER,
    UNIT_DIRECTOR,
    UNIT_SECRETARY,
    UNIT_ACCOUNTANT,
    CITIZEN;

    public static final Set<Role> DEPARTMENT = EnumSet.of(ADMIN, DEPT_DIRECTOR, DEPT_HEAD, DEPT_OFFICER);
    public static final Set<Role> UNIT = EnumSet.of(UNIT_DIRECTOR, UNIT_SECRETARY, UNIT_ACCOUNTANT);

    public boolean isUnitRole() {
        return UNIT.contains(this);
    }

    public boolean isDepartmentRole() {
        return DEPARTMENT.contains(this);
    }

    public String messageKey() {
        return "role." + name();
    }
}
