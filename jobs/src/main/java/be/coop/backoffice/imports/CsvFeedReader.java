package be.coop.backoffice.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads a feed file as {@link CsvRow}s: UTF-8 with an optional byte-order mark, a header row, and
 * {@code ;} or {@code ,} as delimiter, whichever the header line holds more of. A file that does
 * not exist reads as empty.
 *
 * <p>Restartable: the number of rows read is kept in the step's execution context, committed with
 * each chunk, and a restart skips that many rows.
 */
public class CsvFeedReader extends AbstractItemCountingItemStreamItemReader<CsvRow> {

    private static final String ROWS_READ = "rows.read";

    private Path file;
    private final List<String> requiredColumns;
    private int rowsRead;
    private BufferedReader reader;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private List<String> header;
    private FieldError headerProblem;

    public CsvFeedReader(String name, List<String> requiredColumns) {
        this.requiredColumns = requiredColumns;
        setName(name);
    }

    /** The file of this run; set before the step opens the reader. */
    public void setFile(Path file) {
        this.file = file;
    }

    /** Data rows read from the file so far, across restarts. */
    public int rowsRead() {
        return rowsRead;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        rowsRead = executionContext.getInt(getExecutionContextKey(ROWS_READ), 0);
        super.open(executionContext);
    }

    @Override
    public void update(ExecutionContext executionContext) {
        super.update(executionContext);
        executionContext.putInt(getExecutionContextKey(ROWS_READ), rowsRead);
    }

    @Override
    protected void doOpen() throws Exception {
        if (!Files.exists(file)) {
            records = Collections.emptyIterator();
            return;
        }
        reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        reader.mark(64 * 1024);
        String headerLine = reader.readLine();
        reader.reset();
        if (headerLine == null) {
            records = Collections.emptyIterator();
            return;
        }
        parser = CSVParser.builder().setReader(reader).setFormat(formatFor(headerLine)).get();
        header = parser.getHeaderNames();
        headerProblem = missingColumns();
        records = parser.iterator();
    }

    static CSVFormat formatFor(String headerLine) {
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        long commas = headerLine.chars().filter(c -> c == ',').count();
        char delimiter = semicolons >= commas ? ';' : ',';
        return CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(false)
                .get();
    }

    private FieldError missingColumns() {
        List<String> missing = requiredColumns.stream().filter(c -> !header.contains(c)).toList();
        return missing.isEmpty() ? null : new FieldError(String.join(",", missing), null,
                "file refused: the header lacks required column(s) " + String.join(", ", missing));
    }

    @Override
    protected CsvRow doRead() throws IOException {
        if (!records.hasNext()) {
            return null;
        }
        CSVRecord record = records.next();
        // the parser counts the line breaks it consumed: the record's last physical line
        int line = (int) parser.getCurrentLineNumber();
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size() && i < record.size(); i++) {
            values.put(header.get(i), record.get(i));
        }
        FieldError problem = headerProblem;
        if (problem == null && record.size() != header.size()) {
            problem = new FieldError("(line)", null,
                    "line has " + record.size() + " fields where the header has " + header.size());
        }
        rowsRead++;
        return new CsvRow(file.getFileName().toString(), line, values, problem);
    }

    /** On restart, passes over the rows the committed chunks already hold, without counting them again. */
    @Override
    protected void jumpToItem(int itemIndex) {
        for (int i = 0; i < itemIndex && records.hasNext(); i++) {
            records.next();
        }
    }

    @Override
    protected void doClose() throws Exception {
        if (parser != null) {
            parser.close();
        }
        if (reader != null) {
            reader.close();
        }
        parser = null;
        reader = null;
    }

}
