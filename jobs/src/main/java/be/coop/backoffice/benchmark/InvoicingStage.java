package be.coop.backoffice.benchmark;

import be.coop.backoffice.batch.JobRunner;
import be.coop.backoffice.batch.NightlyParameters;
import be.coop.backoffice.invoicing.InvoicingJobConfiguration;
import be.coop.backoffice.invoicing.InvoicingSummary;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Invoices the whole sample year in one run of {@code invoicingJob} (business date 31 December, so
 * every sale of the year is due), then measures two references on the rows it wrote:
 * <ul>
 * <li>the ceiling the issue asks for: a raw {@code COPY} of the same invoice rows into a scratch
 *     table with no index or constraint;</li>
 * <li>the schema's floor: one {@code INSERT ... SELECT} of the same invoices, lines and ledger
 *     entries into scratch copies that carry the real tables' indexes, checks and foreign keys. No
 *     job can write these rows faster than the database maintains what the schema guarantees (each
 *     sale invoiced once, unique numbers and communications, every reference valid), so the ratio
 *     of the job to this floor is what is left to gain in the job itself.</li>
 * </ul>
 */
final class InvoicingStage implements BenchmarkStage {

    @Override
    public String name() {
        return "invoicing";
    }

    @Override
    public void run(ApplicationContext context, BenchmarkYear year, PrintStream out) throws Exception {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Path outbox = Files.createTempDirectory("benchmark-outbox");
        long start = System.nanoTime();
        invoice(context, year.lastDay(), outbox);
        double invoicingSeconds = Benchmark.seconds(start);
        InvoicingSummary summary = InvoicingSummary.of(jdbc, year.lastDay());
        int documents = summary.invoices() + summary.creditNotes();
        double invoicingRate = documents / invoicingSeconds;
        out.printf("  %-10s %d invoices in %.2f s: %,.0f invoices/s (job, register file included)%n", name(),
                documents, invoicingSeconds, invoicingRate);
        out.printf("  %-10s %s%n", "", summary);

        double copyRate = copyRate(jdbc, documents, out);
        out.printf("  %-10s invoicing / raw COPY = %.2f%n", "ratio", invoicingRate / copyRate);
        double floorSeconds = schemaFloorSeconds(jdbc, documents, out);
        out.printf("  %-10s invoicing job time / schema floor time = %.2f%n", "", invoicingSeconds / floorSeconds);
        deleteRecursively(outbox);
    }

    /** Runs {@code invoicingJob} for {@code businessDate}; fails unless it completes. */
    static void invoice(ApplicationContext context, LocalDate businessDate, Path outbox) throws Exception {
        Job job = context.getBean(InvoicingJobConfiguration.JOB_NAME, Job.class);
        JobExecution execution = context.getBean(JobRunner.class).run(job, new JobParametersBuilder()
                .addLocalDate(NightlyParameters.BUSINESS_DATE, businessDate)
                .addString(NightlyParameters.OUTBOX, outbox.toString(), false)
                .toJobParameters(), List.of());
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            throw new IllegalStateException("invoicingJob ended " + execution.getStatus() + ": "
                    + execution.getAllFailureExceptions());
        }
    }

    /** Rows per second of a raw COPY of the invoice rows (exported first, untimed) into a bare table. */
    private double copyRate(JdbcTemplate jdbc, int documents, PrintStream out) throws Exception {
        Path rows = Files.createTempFile("benchmark-invoices", ".copy");
        try {
            jdbc.execute("drop table if exists benchmark_invoice_copy");
            jdbc.execute("create table benchmark_invoice_copy (like invoice)");
            try (Connection connection = jdbc.getDataSource().getConnection()) {
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                try (Writer writer = Files.newBufferedWriter(rows, StandardCharsets.UTF_8)) {
                    copy.copyOut("copy invoice to stdout", writer);
                }
                long t = System.nanoTime();
                long n;
                try (Reader reader = Files.newBufferedReader(rows, StandardCharsets.UTF_8)) {
                    n = copy.copyIn("copy benchmark_invoice_copy from stdin", reader);
                }
                double seconds = Benchmark.seconds(t);
                out.printf("  %-10s %d invoice rows in %.2f s: %,.0f rows/s (pgJDBC CopyManager, table without"
                        + " index)%n", "raw COPY", n, seconds, n / seconds);
                if (n != documents) {
                    throw new IllegalStateException("the COPY baseline copied " + n + " rows of " + documents);
                }
                return n / seconds;
            }
        } finally {
            jdbc.execute("drop table if exists benchmark_invoice_copy");
            Files.deleteIfExists(rows);
        }
    }

    /** The tables the job writes each invoice to, in the order of their foreign keys. */
    private static final List<String> WRITTEN_TABLES = List.of("invoice", "invoice_line", "activity_ledger_entry");

    /**
     * Seconds of one transaction inserting every row the job wrote into {@code floor_<table>} copies
     * ({@code like ... including all}, plus the real tables' foreign keys read from the catalog, those
     * between written tables pointing at the copies). The rows arrive already computed, one
     * statement per table: only the database's own work on them is timed.
     */
    private static double schemaFloorSeconds(JdbcTemplate jdbc, int documents, PrintStream out) throws Exception {
        dropFloorTables(jdbc);
        try {
            for (String table : WRITTEN_TABLES) {
                jdbc.execute("create table floor_%s (like %s including all)".formatted(table, table));
                List<String> foreignKeys = jdbc.queryForList("select pg_get_constraintdef(oid) from pg_constraint"
                        + " where conrelid = ?::regclass and contype = 'f' order by conname", String.class, table);
                for (String foreignKey : foreignKeys) {
                    for (String written : WRITTEN_TABLES) {
                        foreignKey = foreignKey.replace("REFERENCES " + written + "(", "REFERENCES floor_" + written + "(");
                    }
                    jdbc.execute("alter table floor_%s add %s".formatted(table, foreignKey));
                }
            }
            long rows = 0;
            long start = System.nanoTime();
            try (Connection connection = jdbc.getDataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                connection.setAutoCommit(false);
                for (String table : WRITTEN_TABLES) {
                    rows += statement.executeUpdate(
                            "insert into floor_%s overriding system value select * from %s".formatted(table, table));
                }
                connection.commit();
            }
            double seconds = Benchmark.seconds(start);
            out.printf("  %-10s %d invoices with their lines and ledger entries (%d rows) in %.2f s: one INSERT ..."
                    + " SELECT per table into copies with the schema's indexes, checks and foreign keys%n", "floor",
                    documents, rows, seconds);
            return seconds;
        } finally {
            dropFloorTables(jdbc);
        }
    }

    private static void dropFloorTables(JdbcTemplate jdbc) {
        for (int i = WRITTEN_TABLES.size() - 1; i >= 0; i--) {
            jdbc.execute("drop table if exists floor_" + WRITTEN_TABLES.get(i));
        }
    }

    static void deleteRecursively(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
