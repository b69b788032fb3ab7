package pl.edugmina.messaging.domain;

import org.junit.jupiter.api.Test;
import pl.edugmina.security.Role;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApprovalChainTest {

    private static final ApprovalChain DEFAULT = ApprovalChain.parse(ApprovalChain.DEFAULT);

    @Test
    void aReferentsMessageGoesToTheHeadThenToTheDirector() {
        assertThat(DEFAULT.first(Set.of(Role.DEPT_OFFICER))).contains(Role.DEPT_HEAD);
        assertThat(DEFAULT.after(Role.DEPT_HEAD)).contains(Role.DEPT_DIRECTOR);
        assertThat(DEFAULT.after(Role.DEPT_DIRECTOR)).isEmpty();
    }

    @Test
    void stepsAtOrBelowTheAuthorAreSkipped() {
        assertThat(DEFAULT.first(Set.of(Role.DEPT_HEAD))).contains(Role.DEPT_DIRECTOR);
        assertThat(DEFAULT.first(Set.of(Role.DEPT_DIRECTOR))).isEmpty();
        assertThat(DEFAULT.first(Set.of(Role.DEPT_OFFICER, Role.DEPT_DIRECTOR))).as("the highest role counts").isEmpty();
        assertThat(DEFAULT.first(Set.of(Role.ADMIN))).as("the administrator writes as a referent").contains(Role.DEPT_HEAD);
    }

    @Test
    void theChainIsConfigurable() {
        assertThat(ApprovalChain.parse("").first(Set.of(Role.DEPT_OFFICER))).isEmpty();
        assertThat(ApprovalChain.parse(" DEPT_DIRECTOR ").first(Set.of(Role.DEPT_OFFICER))).contains(Role.DEPT_DIRECTOR);
        assertThat(ApprovalChain.parse("DEPT_HEAD").steps()).isEqualTo(List.of(Role.DEPT_HEAD));
        assertThatThrownBy(() -> ApprovalChain.parse("DEPT_HEAD,DEPT_HEAD")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApprovalChain.parse("UNIT_DIRECTOR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApprovalChain.parse("KIEROWNIK")).isInstanceOf(IllegalArgumentException.class);
    }
}
