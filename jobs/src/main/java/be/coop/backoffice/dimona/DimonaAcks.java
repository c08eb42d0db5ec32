package be.coop.backoffice.dimona;

import be.coop.backoffice.batch.NightlyParameters;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;

/**
 * Applies DIMONA's acknowledgements, {@code inbox/<business date>/dimona-acks.csv}:
 * {@code reference;result;period_id;message} (UTF-8, {@code ;}, one header line, fields quoted with
 * {@code "} when needed). {@code result} is {@code ACCEPTED}, {@code ACCEPTED_WARNING} or
 * {@code REFUSED}; {@code period_id} (1 to 12 digits) is required when an In is accepted and kept
 * as the period its updates and cancellation name; {@code message} is DIMONA's text.
 *
 * <p>A line that cannot be applied (unknown reference, a declaration never sent, a bad result or
 * period id) is stored in {@code dimona_ack_problem} for the day's report; the other lines are
 * applied. Applying the same file again gives the same states (a restart).
 */
public final class DimonaAcks {

    public static final String FILE_NAME = "dimona-acks.csv";
    private static final Set<String> RESULTS = Set.of("ACCEPTED", "ACCEPTED_WARNING", "REFUSED");
    /** Our references: DIM and the declaration's id on 12 digits (V37). */
    private static final Pattern REFERENCE = Pattern.compile("DIM([0-9]{12})");

    private final JdbcTemplate jdbc;

    public DimonaAcks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One line of the file. */
    record Ack(int line, String reference, String result, String periodId, String message) {
    }

    private record Known(String kind, String state) {
    }

    /** Applies the day's file, if any; returns the number of lines applied. */
    public int apply(LocalDate businessDate, Path inbox) {
        jdbc.update("delete from dimona_ack_problem where business_date = ?", businessDate);
        Path file = NightlyParameters.dayFolder(inbox, businessDate).resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        List<Ack> acks = read(file);
        Map<String, Known> known = new HashMap<>();
        // a reference is DIM + the declaration's id on 12 digits (V37): found by the id it carries
        jdbc.query("select reference, kind, state from dimona_declaration where declaration_id = any(?)",
                rs -> {
                    known.put(rs.getString(1), new Known(rs.getString(2), rs.getString(3)));
                }, (Object) acks.stream().map(Ack::reference).map(DimonaAcks::declarationId)
                        .filter(Objects::nonNull).toArray(Long[]::new));
        // the lines to apply, by reference in file order; a reference given twice ends as a line-by-line
        // application would leave it: the later line's result and message, the period id kept
        Map<String, Ack> applied = new LinkedHashMap<>();
        List<Object[]> problems = new ArrayList<>();
        int linesApplied = 0;
        for (Ack ack : acks) {
            String problem = problem(ack, known.get(ack.reference()));
            if (problem != null) {
                problems.add(new Object[] {businessDate, ack.line(), ack.reference(), problem});
                continue;
            }
            linesApplied++;
            applied.merge(ack.reference(), ack, (earlier, later) -> later.periodId() != null ? later
                    : new Ack(later.line(), later.reference(), later.result(), earlier.periodId(), later.message()));
        }
        int n = applied.size();
        Object[] ids = new Object[n];
        Object[] references = new Object[n];
        Object[] states = new Object[n];
        Object[] periods = new Object[n];
        Object[] messages = new Object[n];
        int i = 0;
        for (Ack ack : applied.values()) {
            ids[i] = declarationId(ack.reference());
            references[i] = ack.reference();
            states[i] = ack.result();
            periods[i] = ack.periodId() == null ? null : Long.valueOf(ack.periodId());
            messages[i] = ack.message();
            i++;
        }
        if (n > 0) {
            // one statement for the file (references are unique: one source line per declaration), which
            // also records the declarations the night answered (the night's candidates and report)
            jdbc.update("""
                    with applied as (
                        update dimona_declaration d
                           set state = a.state, dimona_period_id = coalesce(a.period_id, d.dimona_period_id),
                               ack_message = a.message, refusal_reason = case when a.state = 'REFUSED' then a.message end,
                               acked_on = ?
                          from unnest(?, ?, ?, ?, ?) as a(declaration_id, reference, state, period_id, message)
                         where d.declaration_id = a.declaration_id and d.reference = a.reference
                     returning d.acked_on, d.declaration_id)
                    insert into dimona_ack_applied (business_date, declaration_id)
                    select acked_on, declaration_id from applied
                        on conflict do nothing""", businessDate, new SqlArrayValue("int8", ids),
                    new SqlArrayValue("text", references),
                    new SqlArrayValue("text", states), new SqlArrayValue("int8", periods),
                    new SqlArrayValue("text", messages));
        }
        jdbc.batchUpdate("insert into dimona_ack_problem (business_date, line, reference, reason) values (?, ?, ?, ?)",
                problems);
        return linesApplied;
    }

    /** The declaration id a reference carries, or {@code null} when it has not the shape of ours. */
    static Long declarationId(String reference) {
        if (reference == null) {
            return null;
        }
        Matcher m = REFERENCE.matcher(reference);
        return m.matches() ? Long.valueOf(m.group(1)) : null;
    }

    static String problem(Ack ack, Known declaration) {
        if (ack.reference() == null) {
            return "reference is empty";
        }
        if (declaration == null) {
            return "no declaration has the reference " + ack.reference();
        }
        if ("TO_SEND".equals(declaration.state())) {
            return "declaration " + ack.reference() + " was never sent";
        }
        if (ack.result() == null || !RESULTS.contains(ack.result())) {
            return "result must be ACCEPTED, ACCEPTED_WARNING or REFUSED: '" + ack.result() + "'";
        }
        if (ack.periodId() != null && !ack.periodId().matches("[0-9]{1,12}")) {
            return "period_id must have 1 to 12 digits: '" + ack.periodId() + "'";
        }
        if (ack.periodId() == null && "IN".equals(declaration.kind()) && !"REFUSED".equals(ack.result())) {
            return "an accepted In needs its period_id";
        }
        return null;
    }

    static List<Ack> read(Path file) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (String column : List.of("reference", "result", "period_id", "message")) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new IllegalStateException(file + ": missing column '" + column + "' in the header "
                            + parser.getHeaderNames());
                }
            }
            List<Ack> acks = new ArrayList<>();
            for (CSVRecord record : parser) {
                acks.add(new Ack((int) record.getRecordNumber() + 1, field(record, "reference"),
                        field(record, "result"), field(record, "period_id"), field(record, "message")));
            }
            return acks;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String field(CSVRecord record, String column) {
        String value = record.isSet(column) ? record.get(column) : null;
        return value == null || value.isBlank() ? null : value.strip();
    }
}
