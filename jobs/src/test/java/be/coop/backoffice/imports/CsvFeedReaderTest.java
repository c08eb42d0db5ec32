package be.coop.backoffice.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class CsvFeedReaderTest {

    @TempDir
    Path dir;

    private List<CsvRow> readAll(CsvFeedReader reader, ExecutionContext context) throws Exception {
        reader.open(context);
        List<CsvRow> rows = new ArrayList<>();
        for (CsvRow row = reader.read(); row != null; row = reader.read()) {
            rows.add(row);
        }
        reader.update(context);
        reader.close();
        return rows;
    }

    private CsvFeedReader reader(String content, String... required) throws Exception {
        Path file = dir.resolve("sales.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        CsvFeedReader reader = new CsvFeedReader("salesReader", List.of(required));
        reader.setFile(file);
        return reader;
    }

    @Test
    void detectsTheDelimiterFromTheHeaderAndSkipsAByteOrderMark() throws Exception {
        List<CsvRow> semicolons = readAll(reader("\uFEFFsale_id;description\nS1;\"Lunch, dinner\"\n"), new ExecutionContext());
        List<CsvRow> commas = readAll(reader("sale_id,description\nS1,\"Lunch; dinner\"\n"), new ExecutionContext());

        assertThat(semicolons).singleElement().satisfies(r -> {
            assertThat(r.get("sale_id")).isEqualTo("S1");
            assertThat(r.get("description")).isEqualTo("Lunch, dinner");
        });
        assertThat(commas.get(0).get("description")).isEqualTo("Lunch; dinner");
    }

    @Test
    void numbersLinesAsInTheFileWithTheHeaderAsLineOne() throws Exception {
        List<CsvRow> rows = readAll(reader("sale_id;description\nS1;a\nS2;\"two\nlines\"\n\nS3;c"), new ExecutionContext());

        assertThat(rows).extracting(CsvRow::line).containsExactly(2, 4, 6);
        assertThat(rows.get(1).get("description")).isEqualTo("two\nlines");
    }

    @Test
    void aMissingRequiredColumnMarksEveryLineAndAShortLineMarksItself() throws Exception {
        List<CsvRow> rows = readAll(reader("sale_id;amount\nS1;1\nS2\n", "sale_id", "client_id"), new ExecutionContext());

        assertThat(rows).allSatisfy(r -> assertThat(r.lineProblem().rule())
                .isEqualTo("file refused: the header lacks required column(s) client_id"));
        List<CsvRow> ok = readAll(reader("sale_id;amount\nS1;1\nS2\n", "sale_id"), new ExecutionContext());
        assertThat(ok.get(0).lineProblem()).isNull();
        assertThat(ok.get(1).lineProblem().rule()).isEqualTo("line has 1 fields where the header has 2");
    }

    @Test
    void aRestartResumesAfterTheRowsAlreadyCommittedWithoutCountingThemTwice() throws Exception {
        CsvFeedReader first = reader("sale_id\nS1\nS2\nS3\nS4\nS5\n");
        ExecutionContext context = new ExecutionContext();
        first.open(context);
        first.read();
        first.read();
        first.update(context); // what the chunk commit stores
        first.close();

        CsvFeedReader restarted = reader("sale_id\nS1\nS2\nS3\nS4\nS5\n");
        List<CsvRow> rest = readAll(restarted, context);

        assertThat(rest).extracting(r -> r.get("sale_id")).containsExactly("S3", "S4", "S5");
        assertThat(rest.get(0).line()).isEqualTo(4);
        assertThat(restarted.rowsRead()).isEqualTo(5);
    }

    @Test
    void anAbsentFileReadsAsEmpty() throws Exception {
        CsvFeedReader reader = new CsvFeedReader("salesReader", List.of("sale_id"));
        reader.setFile(dir.resolve("absent.csv"));
        assertThat(readAll(reader, new ExecutionContext())).isEmpty();
        assertThat(reader.rowsRead()).isZero();
    }
}
