package be.coop.backoffice.dimona;

import be.coop.backoffice.batch.NightlyParameters;
import be.coop.backoffice.common.io.AtomicFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the night's declarations as one file, {@code outbox/<business date>/dimona.xml}: every
 * declaration still {@code TO_SEND} (tonight's and those refused by the checks on earlier nights),
 * plus those already marked as sent in tonight's file (a restart: {@code sent_on} is the business
 * date of the file, set with its {@code file_name}), in creation order. Each form
 * carries its structure's employer ({@code config/dimona-employers.csv}) and the declaration's
 * reference.
 *
 * <p>The document is validated before it is written (streamed into a temporary file, validated there,
 * moved into place only if valid). A declaration the checks refuse stays
 * {@code TO_SEND} with the reason in {@code error} (on the day's report) and is left out; the others
 * are written. Written declarations become {@code SENT} in the same transaction the file is moved
 * into place in, so a run killed in between writes the same bytes again (content from the stored
 * declarations, creation time from the business date). Nothing to declare: no file.
 */
public final class DimonaFileWriter {

    public static final String FILE_NAME = "dimona.xml";
    /** The business time the night's forms are stamped with: the same on every run of the night. */
    public static final LocalTime RUN_TIME = LocalTime.of(22, 0);
    private static final Logger log = LoggerFactory.getLogger(DimonaFileWriter.class);

    private final JdbcTemplate jdbc;
    private final DimonaEmployers employers;
    private final DimonaDeclarationWriter writer = new DimonaDeclarationWriter();

    public DimonaFileWriter(JdbcTemplate jdbc, DimonaEmployers employers) {
        this.jdbc = jdbc;
        this.employers = employers;
    }

    public static String fileName(LocalDate businessDate) {
        return businessDate + "/" + FILE_NAME;
    }

    private record Row(long id, String reference, DimonaDeclaration declaration, String structure) {
    }

    /** Writes the file; returns the number of declarations in it. */
    public int write(LocalDate businessDate, Path outbox) {
        String fileName = fileName(businessDate);
        List<Row> rows = jdbc.query("""
                select declaration_id, reference, kind, contract_id, start_date, end_date, worker_niss, worker_type,
                       planned_hours, joint_committee, dimona_period_id, structure_code
                  from dimona_declaration
                 where file_name is null or sent_on = ?
                 order by declaration_id""", (rs, i) -> {
            String contract = rs.getString(4);
            Long period = rs.getObject(11) == null ? null : rs.getLong(11);
            Integer planned = rs.getObject(9) == null ? null : rs.getInt(9);
            DimonaDeclaration declaration = switch (DeclarationKind.valueOf(rs.getString(3))) {
                case IN -> new DimonaIn(contract, rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                        rs.getString(7), DimonaWorkerType.valueOf(rs.getString(8)), planned, rs.getString(10));
                case UPDATE -> new DimonaUpdate(contract, period, rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class), null, planned);
                case CANCEL -> new DimonaCancel(contract, period, null);
            };
            return new Row(rs.getLong(1), rs.getString(2), declaration, rs.getString(12));
        }, businessDate);

        Map<String, String> refused = new HashMap<>();
        Path target = NightlyParameters.dayFolder(outbox, businessDate).resolve(FILE_NAME);
        boolean fileWritten = false;
        List<Row> written = rows;
        while (!fileWritten) {
            written = rows.stream().filter(r -> !refused.containsKey(r.declaration().contractId())).toList();
            if (written.isEmpty()) {
                break;
            }
            List<DimonaDeclarationWriter.Form> forms = new ArrayList<>();
            for (Row row : written) {
                forms.add(new DimonaDeclarationWriter.Form(employers.forStructure(row.structure()), row.reference(),
                        row.declaration()));
            }
            // streamed into the temporary file and validated there; moved into place only if valid
            try (AtomicFile.Pending file = AtomicFile.create(target)) {
                writer.write(forms, businessDate.atTime(RUN_TIME), file);
                file.commit();
                fileWritten = true;
            } catch (InvalidDeclarationException e) {
                int before = refused.size();
                for (InvalidDeclarationException.Rejection rejection : e.rejections()) {
                    refused.merge(rejection.contractId(), rejection.reason(), (a, b) -> a + "; " + b);
                }
                boolean known = e.rejections().stream()
                        .allMatch(r -> rows.stream().anyMatch(row -> row.declaration().contractId().equals(r.contractId())));
                if (refused.size() == before || !known) {
                    throw e;
                }
            }
        }
        List<Object[]> errors = new ArrayList<>();
        for (Row row : rows) {
            String reason = refused.get(row.declaration().contractId());
            if (reason != null) {
                errors.add(new Object[] {reason, row.id()});
                log.warn("{} DIMONA declaration {} of contract {} not sent: {}", businessDate, row.reference(),
                        row.declaration().contractId(), reason);
            }
        }
        if (!errors.isEmpty()) {
            jdbc.batchUpdate("update dimona_declaration set error = ? where declaration_id = ? and state = 'TO_SEND'", errors);
        }
        if (!fileWritten) {
            return 0;
        }
        Long[] ids = written.stream().map(Row::id).toArray(Long[]::new);
        jdbc.update("""
                update dimona_declaration set state = 'SENT', file_name = ?, sent_on = ?, error = null
                 where declaration_id = any(?) and state = 'TO_SEND'""", fileName, businessDate, ids);
        log.info("{} DIMONA file {}: {} declarations, {} refused by the checks", businessDate, fileName, written.size(),
                refused.size());
        return written.size();
    }
}
