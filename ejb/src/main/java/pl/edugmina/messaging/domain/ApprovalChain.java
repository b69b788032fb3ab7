package pl.edugmina.messaging.domain;

import pl.edugmina.security.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who must accept a message before it goes out, in order (configuration
 * {@code EDUGMINA_MESSAGE_APPROVAL}, default {@code DEPT_HEAD,DEPT_DIRECTOR}: kierownik referatu, then
 * dyrektor wydziału; empty: no approval). Steps at or below the author's own level are skipped: what
 * a kierownik writes goes to the director only, what the director writes goes out at once.
 */
public record ApprovalChain(List<Role> steps) {

    public static final String DEFAULT = "DEPT_HEAD,DEPT_DIRECTOR";

    public ApprovalChain {
        steps = List.copyOf(steps);
        for (Role r : steps) {
            if (level(r) == 0) {
                throw new IllegalArgumentException("not a department step: " + r);
            }
        }
    }

    public static ApprovalChain parse(String config) {
        List<Role> steps = new ArrayList<>();
        if (config != null) {
            for (String s : config.split(",")) {
                if (!s.isBlank()) {
                    Role r = Role.valueOf(s.strip());
                    if (steps.contains(r)) {
                        throw new IllegalArgumentException("step repeated: " + r);
                    }
                    steps.add(r);
                }
            }
        }
        return new ApprovalChain(steps);
    }

    /** The first step a message by someone with {@code authorRoles} needs; empty: it goes out at once. */
    public Optional<Role> first(Set<Role> authorRoles) {
        int author = authorRoles.stream().mapToInt(ApprovalChain::level).max().orElse(0);
        return steps.stream().filter(r -> level(r) > author).findFirst();
    }

    /** The step after {@code current}; empty: accepted at {@code current}, the message goes out. */
    public Optional<Role> after(Role current) {
        int i = steps.indexOf(current);
        return i < 0 || i + 1 >= steps.size() ? Optional.empty() : Optional.of(steps.get(i + 1));
    }

    /** Rank in the department: referent 1, kierownik referatu 2, dyrektor wydziału 3; the administrator writes as a referent. */
    static int level(Role r) {
        return switch (r) {
            case DEPT_OFFICER, ADMIN -> 1;
            case DEPT_HEAD -> 2;
            case DEPT_DIRECTOR -> 3;
            default -> 0;
        };
    }
}
