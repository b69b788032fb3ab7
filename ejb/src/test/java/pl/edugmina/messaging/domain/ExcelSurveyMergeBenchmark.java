package pl.edugmina.messaging.domain;

import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import pl.edugmina.messaging.domain.ExcelSurvey.MergeResult;
import pl.edugmina.messaging.domain.ExcelSurvey.Template;
import pl.edugmina.messaging.domain.ExcelSurvey.UnitAnswer;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long merging a large survey takes: 150 answers of 500 rows × 10 columns (text, numbers, dates,
 * booleans). Not run by default; run with
 * {@code mvn -o -q -pl ejb -am test -Dtest=ExcelSurveyMergeBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench=true}.
 * The files are generated first (not timed); then the template is read, every answer checked once (what
 * the uploads cost, one by one) and everything merged (which checks every answer again), three times.
 * Printed: wall time and the merging thread's CPU time (the wall time also counts other processes on
 * the machine's cores, so the guard below is on CPU time).
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class ExcelSurveyMergeBenchmark {

    static final int UNITS = 150;
    static final int ROWS = 500;
    static final String[] HEADERS = {"Lp.", "Klasa", "Przedmiot", "Liczba uczniów", "Liczba godzin", "Średnia ocen",
            "Data rozpoczęcia", "Etat nauczyciela", "Zajęcia dodatkowe", "Uwagi"};
    static final String[] SUBJECTS = {"matematyka", "język polski", "historia", "biologia", "informatyka", "wychowanie fizyczne"};

    @Test
    void merges150AnswersOf500RowsWellUnderFiveSeconds() {
        byte[] templateBytes = SurveyFiles.xlsx(wb -> {
            Worksheet ws = wb.newWorksheet("Dane");
            header(ws);
            ws.finish();
        });
        List<UnitAnswer> answers = new ArrayList<>();
        long inputBytes = 0;
        for (int u = 0; u < UNITS; u++) {
            byte[] xlsx = answer(u);
            inputBytes += xlsx.length;
            answers.add(new UnitAnswer(200_000 + u, "Szkoła Podstawowa nr " + (u + 1), Instant.parse("2025-10-06T08:00:00Z").plusSeconds(u * 60L), xlsx));
        }

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int run = 1; run <= 3; run++) {
            long t0 = System.nanoTime();
            Template template = ExcelSurvey.template(templateBytes);
            long t1 = System.nanoTime();
            for (UnitAnswer a : answers) {
                assertThat(ExcelSurvey.check(template, a.xlsx())).isEmpty();
            }
            long t2 = System.nanoTime();
            long cpu2 = threads.getCurrentThreadCpuTime();
            long gc2 = gcMillis();
            CountingStream out = new CountingStream();
            MergeResult result = ExcelSurvey.merge(template, answers, out);
            long t3 = System.nanoTime();
            long cpu3 = threads.getCurrentThreadCpuTime();

            assertThat(result.merged()).isEqualTo(UNITS);
            assertThat(result.units()).allMatch(r -> r.rowsPerSheet().get("Dane") == ROWS);
            System.out.printf(Locale.ROOT, "ExcelSurvey benchmark run %d: %d answers x %d rows x %d columns, input %.1f MB (%.0f KB each); "
                            + "template %d ms, check of all answers %d ms, merge (check + write) %d ms (CPU of the merging thread %d ms, "
                            + "GC during the merge %d ms), output %.1f MB%n",
                    run, UNITS, ROWS, HEADERS.length, inputBytes / 1e6, inputBytes / 1e3 / UNITS,
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (cpu3 - cpu2) / 1_000_000,
                    gcMillis() - gc2, out.count / 1e6);
            // CPU time: the wall time also counts whatever else runs on the machine's two cores
            assertThat((cpu3 - cpu2) / 1_000_000).as("merge, milliseconds of CPU").isLessThan(5_000);
        }
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static void header(Worksheet ws) {
        ws.value(0, 0, "Ankieta: zajęcia w roku szkolnym 2025/2026");
        for (int c = 0; c < HEADERS.length; c++) {
            ws.value(2, c, HEADERS[c]);
        }
    }

    private static byte[] answer(int unit) {
        return SurveyFiles.xlsx(wb -> {
            Worksheet ws = wb.newWorksheet("Dane");
            header(ws);
            for (int i = 0; i < ROWS; i++) {
                int r = 3 + i;
                ws.value(r, 0, i + 1);
                ws.value(r, 1, (1 + i % 8) + String.valueOf((char) ('a' + i % 4)));
                ws.value(r, 2, SUBJECTS[(i + unit) % SUBJECTS.length]);
                ws.value(r, 3, 15 + (i * 7 + unit) % 16);
                ws.value(r, 4, 1 + i % 6);
                ws.value(r, 5, 3.0 + ((i * 13 + unit) % 300) / 100.0);
                ws.value(r, 6, LocalDate.of(2025, 9, 1).plusDays(i % 30));
                ws.style(r, 6).format("dd.mm.yyyy").set();
                ws.value(r, 7, (i % 18 + 1) / 18.0);
                ws.value(r, 8, i % 3 == 0);
                if (i % 10 == 0) {
                    ws.value(r, 9, "zajęcia w grupach międzyoddziałowych");
                }
            }
            ws.finish();
        });
    }

    /** Where the merged file goes: only its size is kept, as a download would stream it. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count += len;
        }
    }
}
