package pl.edugmina.platform.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailFormatTest {

    @Test
    void onlyPlainAddressesAreDeliverable() {
        assertThat(MailFormat.isDeliverable("dyrektor.szkoly@lublin.example")).isTrue();
        assertThat(MailFormat.isDeliverable("  sekretariat@sp1.lublin.pl ")).isTrue();
        assertThat(MailFormat.isDeliverable(null)).isFalse();
        assertThat(MailFormat.isDeliverable("")).isFalse();
        assertThat(MailFormat.isDeliverable("Jan <jan@lublin.example>")).as("no display names").isFalse();
        assertThat(MailFormat.isDeliverable("a@b.example, c@d.example")).as("one address").isFalse();
        assertThat(MailFormat.isDeliverable("jan@lublin.example\r\nBcc: x@y.example")).as("no header injection").isFalse();
        assertThat(MailFormat.isDeliverable("jan@localhost")).isFalse();
    }

    @Test
    void addressesAreStoredWithTheDomainInLowerCase() {
        assertThat(MailFormat.normalize(" Jan.Kowalski@Lublin.EXAMPLE ")).isEqualTo("Jan.Kowalski@lublin.example");
    }

    @Test
    void logsShowOnlyTheFirstCharacterAndTheDomain() {
        assertThat(MailFormat.mask("jan.kowalski@lublin.example")).isEqualTo("j***@lublin.example");
        assertThat(MailFormat.mask(null)).isEqualTo("(none)");
        assertThat(MailFormat.mask("no-at-sign")).isEqualTo("***");
        assertThat(MailFormat.maskAddresses("550 5.1.1 <jan.kowalski@lublin.example>: Recipient address rejected"))
                .isEqualTo("550 5.1.1 <j***@lublin.example>: Recipient address rejected");
    }

    @Test
    void theSubjectIsOneLineOfAtMost300Characters() {
        assertThat(MailFormat.subjectLine("  Ankieta\r\nBcc: x@y.example\t\u0007 ważna ")).isEqualTo("Ankieta Bcc: x@y.example ważna");
        assertThat(MailFormat.subjectLine(null)).isEmpty();
        String longer = "ż".repeat(400);
        assertThat(MailFormat.subjectLine(longer)).hasSize(300).endsWith("…");
        String emoji = "a".repeat(298) + "😀😀";
        assertThat(MailFormat.subjectLine(emoji)).as("never half a surrogate pair").isEqualTo("a".repeat(298) + "…");
    }

    @Test
    void aReasonIsAlwaysSomething() {
        assertThat(MailFormat.reason(null)).isEqualTo("(no reason given)");
        assertThat(MailFormat.reason("Connection refused\n  at localhost:25")).isEqualTo("Connection refused at localhost:25");
        assertThat(MailFormat.reason("x".repeat(5000))).hasSize(1000);
    }
}
