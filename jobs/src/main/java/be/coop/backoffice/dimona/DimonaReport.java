package be.coop.backoffice.dimona;

import be.coop.backoffice.batch.NightlyParameters;
import be.coop.backoffice.common.io.AtomicFile;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code outbox/<business date>/dimona-report.csv}, for the person who follows DIMONA:
 * {@code outcome;reference;contract_id;kind;start_date;end_date;late;detail}, one line per
 * <ul>
 *   <li>{@code ACK_PROBLEM}: a line of the day's acknowledgements that could not be applied;</li>
 *   <li>{@code REFUSED} / {@code ACCEPTED_WARNING}: a declaration DIMONA acknowledged so in the day's
 *       file, with its message (a refused one is fixed by amending the contract);</li>
 *   <li>{@code INVALID}: a declaration the checks before writing refused, not sent, with the reason
 *       (listed every night until the contract is fixed);</li>
 *   <li>{@code SENT}: each declaration of the night's file, {@code late=true} when declared on or
 *       after the contract's first day.</li>
 * </ul>
 * Written from the database, so a restart writes the same file.
 */
public final class DimonaReport {

    public static final String FILE_NAME = "dimona-report.csv";
    private static final String[] HEADER = {"outcome", "reference", "contract_id", "kind", "start_date", "end_date",
            "late", "detail"};

    private final JdbcTemplate jdbc;

    public DimonaReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int write(LocalDate businessDate, Path outbox) {
        StringWriter text = new StringWriter();
        int[] lines = {0};
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180.builder().setDelimiter(';').setHeader(HEADER).get())) {
            jdbc.query("""
                    select outcome, reference, contract_id, kind, start_date, end_date, late, detail from (
                        select 1 as rank, 'ACK_PROBLEM' as outcome, reference, null as contract_id, null as kind,
                               null::date as start_date, null::date as end_date, null::boolean as late,
                               'line ' || line || ': ' || reason as detail, line as sort
                          from dimona_ack_problem where business_date = ?
                        union all
                        select 2, state, reference, contract_id, kind, start_date, end_date, late, ack_message, declaration_id
                          from dimona_ack_applied a join dimona_declaration d using (declaration_id)
                         where a.business_date = ? and d.state in ('REFUSED', 'ACCEPTED_WARNING')
                        union all
                        select 3, 'INVALID', reference, contract_id, kind, start_date, end_date, late, error, declaration_id
                          from dimona_declaration where file_name is null and error is not null
                        union all
                        select 4, 'SENT', reference, contract_id, kind, start_date, end_date, late, null, declaration_id
                          from dimona_declaration where sent_on = ?
                    ) r order by rank, outcome, sort""", rs -> {
                try {
                    csv.printRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getObject(7) == null ? null : rs.getBoolean(7), rs.getString(8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                lines[0]++;
            }, businessDate, businessDate, businessDate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicFile.write(NightlyParameters.dayFolder(outbox, businessDate).resolve(FILE_NAME), text.toString());
        return lines[0];
    }
}
