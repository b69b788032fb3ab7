import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Generates the files of the survey benchmark (docs/bench/survey-merge.sh): a template with a title row,
 * a header of COLUMNS columns and ROWS pre-printed row labels, and UNITS answers that fill every other
 * cell of it (numbers, a date column, a text column), as a school would.
 * Usage: java -cp fastexcel.jar:opczip.jar SurveyFiles.java DIR UNITS ROWS COLUMNS
 */
public class SurveyFiles {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int units = Integer.parseInt(args[1]);
        int rows = Integer.parseInt(args[2]);
        int columns = Integer.parseInt(args[3]);
        write(dir.resolve("template.xlsx"), -1, rows, columns);
        for (int u = 0; u < units; u++) {
            write(dir.resolve("answer-" + u + ".xlsx"), u, rows, columns);
        }
    }

    private static void write(Path file, int unit, int rows, int columns) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "EduGmina benchmark", "1.0");
            Worksheet ws = wb.newWorksheet("Dane");
            ws.value(0, 0, "Arkusz zbiorczy: wyposażenie pracowni");
            ws.value(1, 0, "Pozycja");
            for (int c = 1; c < columns; c++) {
                ws.value(1, c, c == columns - 1 ? "Uwagi" : c == columns - 2 ? "Data zakupu" : "Kolumna " + c);
            }
            for (int r = 0; r < rows; r++) {
                ws.value(2 + r, 0, "Pozycja " + (r + 1));
                if (unit < 0) {
                    continue;
                }
                for (int c = 1; c < columns; c++) {
                    if (c == columns - 1) {
                        ws.value(2 + r, c, "uwaga " + unit + "/" + r);
                    } else if (c == columns - 2) {
                        ws.value(2 + r, c, LocalDate.of(2026, 1, 1).plusDays((unit + r) % 300));
                        ws.style(2 + r, c).format("yyyy-mm-dd").set();
                    } else {
                        ws.value(2 + r, c, (unit * 7 + r * 3 + c) % 1000 / 4.0);
                    }
                }
            }
            wb.finish();
        }
    }
}
