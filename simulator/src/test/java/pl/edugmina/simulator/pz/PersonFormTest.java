package pl.edugmina.simulator.pz;

import org.junit.jupiter.api.Test;
import pl.edugmina.contracts.TrustedProfileIdentity;
import pl.edugmina.contracts.TrustedProfileIdentity.Format;
import pl.edugmina.simulator.store.TpService;

import static org.assertj.core.api.Assertions.assertThat;

class PersonFormTest {

    @Test
    void the_defaults_are_valid_and_tpSigning5_defaults_to_epsignature() {
        PersonForm d = PersonForm.defaults(TpService.TP_SIGNING5);
        assertThat(d.givenName()).isEqualTo("Jan");
        assertThat(d.surname()).isEqualTo("Testowy");
        assertThat(d.pesel()).isEqualTo(PersonForm.DEFAULT_PESEL);
        assertThat(d.format()).isEqualTo("EPSignature");
        assertThat(d.errors(true)).isEmpty();
        assertThat(PersonForm.defaults(TpService.TP_SIGNING).format()).isEqualTo("PodpisZP");
    }

    @Test
    void errors_per_field_in_polish() {
        assertThat(new PersonForm(" ", null, "", "XML").errors(true)).containsExactly(
                java.util.Map.entry("given", "Podaj imię"), java.util.Map.entry("surname", "Podaj nazwisko"),
                java.util.Map.entry("pesel", "Podaj PESEL"),
                java.util.Map.entry("format", "Nieznany format odpowiedzi; dozwolone: EPSignature, PodpisZP"));
        assertThat(new PersonForm("Jan", "Testowy", "", null).errors(false)).isEmpty();
        assertThat(new PersonForm("Jan", "Testowy", "80010112345", null).errors(false))
                .containsEntry("pesel", "PESEL ma niepoprawną cyfrę kontrolną");
        assertThat(new PersonForm("J".repeat(101), "<b>", "800101", null).errors(false)).containsOnlyKeys("given", "surname", "pesel")
                .containsEntry("given", "Imię może mieć najwyżej 100 znaków")
                .containsEntry("surname", "Nazwisko zawiera niedozwolone znaki");
        assertThat(new PersonForm("123", "Nowak", null, null).errors(false)).containsEntry("given", "Imię musi zawierać litery");
    }

    @Test
    void the_identity_follows_the_chosen_format_unless_the_service_fixes_it() {
        PersonForm f = new PersonForm(" Łucja ", " Żółć-Wąs ", " 80010112357 ", "podpiszp");
        TrustedProfileIdentity zp = f.identity(TpService.TP_SIGNING5);
        assertThat(zp).isEqualTo(new TrustedProfileIdentity("Łucja", "Żółć-Wąs", "80010112357", "lucja.zolc-was", Format.PODPIS_ZP));

        PersonForm ep = new PersonForm("Jan", "Testowy", null, "EPSignature");
        assertThat(ep.identity(TpService.TP_SIGNING5)).isEqualTo(new TrustedProfileIdentity("Jan", "Testowy", null, null, Format.EP_SIGNATURE));
        assertThat(ep.identity(TpService.TP_SIGNING).format()).isEqualTo(Format.PODPIS_ZP);
        assertThat(new PersonForm("Jan", "Testowy", null, null).identity(TpService.TP_SIGNING5).format()).isEqualTo(Format.EP_SIGNATURE);
    }

    @Test
    void emails_and_logs() {
        assertThat(PersonForm.emailProblem(null)).isEmpty();
        assertThat(PersonForm.emailProblem("jan.testowy@example.com")).isEmpty();
        assertThat(PersonForm.emailProblem("jan")).contains("Niepoprawny adres e-mail");
        assertThat(PersonForm.emailProblem("a b@c.pl")).contains("Niepoprawny adres e-mail");
        assertThat(new PersonForm("Jan", "Testowy", "80010112357", null).toString()).doesNotContain("80010112357");
        assertThat(PersonForm.epuapAccount("Jan", "Testowy")).isEqualTo("jan.testowy");
    }
}
