package pl.edugmina.messaging.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerFileNamesTest {

    @Test
    void rspoShortNameAndTopicWithoutDiacriticsNorUnsafeCharacters() {
        AnswerFileNames names = new AnswerFileNames();
        assertThat(names.next(13317, "SP nr 41 Łódź", "Liczba uczniów z orzeczeniami / 2026", "odpowiedź.XLSX"))
                .isEqualTo("13317_SP-nr-41-Lodz_Liczba-uczniow-z-orzeczeniami-2026.xlsx");
    }

    @Test
    void aSecondFileOfTheSameUnitIsNumberedAndNamesNeverRepeat() {
        AnswerFileNames names = new AnswerFileNames();
        String first = names.next(1, "P1", "Ankieta", "a.pdf");
        String second = names.next(1, "P1", "Ankieta", "b.pdf");
        String third = names.next(1, "P1", "Ankieta", "c.pdf");
        assertThat(first).isEqualTo("1_P1_Ankieta.pdf");
        assertThat(second).isEqualTo("1_P1_Ankieta_2.pdf");
        assertThat(third).isEqualTo("1_P1_Ankieta_3.pdf");
        assertThat(names.next(1, "P1", "Ankieta", "odpowiedz.txt")).isEqualTo("1_P1_Ankieta.txt");
    }

    @Test
    void longPartsAreShortenedAndMissingOnesNamed() {
        String name = new AnswerFileNames().next(null, "x".repeat(100), "y".repeat(100), "plik");
        assertThat(name).isEqualTo("bez-RSPO_" + "x".repeat(40) + "_" + "y".repeat(40));
    }
}
