package pl.edugmina.registry.rspo;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview names rows by their place in the file, so every record carries its position. */
class RspoParserPositionsTest {

    private static String unit(int rspo) {
        return "{\"numerRspo\":" + rspo + ",\"nazwa\":\"Przedszkole nr " + rspo + " w Lublinie\",\"typ\":{\"id\":1}}";
    }

    @Test
    void validRecordsKeepTheirPositionsAroundBrokenOnes() {
        String json = "[" + unit(100001) + ",{\"nazwa\":\"bez numeru\",\"typ\":{\"id\":1}}," + unit(100002) + ","
                + unit(100001) + "," + unit(100003) + "]";
        RspoParseResult r = new RspoParser().parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertThat(r.records()).extracting(RspoRecord::rspoNumber).containsExactly(100001, 100002, 100003);
        assertThat(r.recordPositions()).containsExactly(1, 3, 5);
        assertThat(r.errors()).extracting(RspoRecordError::position).containsExactly(2, 4);
    }

    @Test
    void positionsStayExactBeyondTheListedErrors() {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 1500; i++) {
            json.append("{\"nazwa\":\"zły\"},");
        }
        json.append(unit(200001)).append(']');
        RspoParseResult r = new RspoParser().parse(new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(r.records()).hasSize(1);
        assertThat(r.recordPositions()).containsExactly(1501);
    }
}
