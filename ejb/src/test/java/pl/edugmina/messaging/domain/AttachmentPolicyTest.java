package pl.edugmina.messaging.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentPolicyTest {

    private static byte[] pdf() {
        return "%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void documentsWhoseContentMatchesTheirNameAreAccepted() {
        var r = AttachmentPolicy.check("C:\\Users\\sekretariat\\Ankieta 2026.pdf", pdf());
        assertThat(r.accepted()).hasValueSatisfying(a -> {
            assertThat(a.fileName()).isEqualTo("Ankieta 2026.pdf");
            assertThat(a.mediaType()).isEqualTo("application/pdf");
        });
        assertThat(AttachmentPolicy.check("dane.xlsx", new byte[] {'P', 'K', 3, 4, 20, 0}).accepted()).isPresent();
        assertThat(AttachmentPolicy.check("lista.csv", "RSPO;liczba\n123;27\nŁódź;1\n".getBytes(StandardCharsets.UTF_8)).accepted()).isPresent();
    }

    @Test
    void renamedProgramsDamagedFilesAndForeignKindsAreRefusedWithAReason() {
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0};
        assertThat(AttachmentPolicy.check("faktura.pdf", exe).reason()).contains("nie jest plikiem PDF");
        assertThat(AttachmentPolicy.check("program.exe", exe).reason()).contains("niedozwolony rodzaj pliku");
        assertThat(AttachmentPolicy.check("arkusz.xlsx", "to nie jest arkusz".getBytes(StandardCharsets.UTF_8)).reason()).contains("nie jest plikiem XLSX");
        assertThat(AttachmentPolicy.check("notatka.txt", exe).reason()).contains("nie jest plikiem tekstowym");
        assertThat(AttachmentPolicy.check("pusty.pdf", new byte[0]).reason()).contains("jest pusty");
        assertThat(AttachmentPolicy.check("../../.htaccess", pdf()).reason()).contains("bez nazwy");
    }

    @Test
    void oversizedFilesAreRefused() {
        byte[] big = new byte[(int) AttachmentPolicy.MAX_BYTES + 1];
        System.arraycopy(pdf(), 0, big, 0, pdf().length);
        assertThat(AttachmentPolicy.check("skan.pdf", big).reason()).contains("za duży").contains("najwyżej 20 MB");
    }

    @Test
    void aBatchNamesEveryRefusalAndTheLimitCountsWhatIsKept() {
        record F(String name, byte[] content) {
        }
        byte[] exe = {'M', 'Z', 0, 0};
        var errors = new java.util.ArrayList<pl.edugmina.common.ValidationException.Violation>();
        var accepted = AttachmentPolicy.checkAll(java.util.List.of(new F("a.pdf", pdf()), new F("b.pdf", exe), new F("c.pdf", pdf())),
                F::name, F::content, AttachmentPolicy.MAX_FILES - 2, errors);

        assertThat(accepted).extracting(AttachmentPolicy.Accepted::fileName).containsExactly("a.pdf", "c.pdf");
        assertThat(errors).extracting(pl.edugmina.common.ValidationException.Violation::messageKey)
                .containsExactly("message.files.tooMany", "message.file.refused");
        assertThat(errors).allMatch(v -> v.field().equals("files"));
    }
}
