package be.coop.backoffice.payroll;

import be.coop.backoffice.common.config.ConfigFolder;
import be.coop.backoffice.database.EmbeddedPostgresServer;
import be.coop.backoffice.dimona.DimonaAcks;
import be.coop.backoffice.dimona.DimonaEmployers;
import be.coop.backoffice.dimona.DimonaFileWriter;
import be.coop.backoffice.dimona.DimonaPreparation;
import be.coop.backoffice.sepa.DebtorAccounts;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A year of payroll and DIMONA on an empty database: 23,000 members and 250,000 contracts spread
 * over 2017 (generated in SQL), then night by night from 31 December 2016 to 14 January 2018, the
 * two side by side on two threads and connections, as the nightly chain's two branches run them
 * ({@code NightlyJobConfiguration}), the next night starting when both have ended:
 * <ol>
 *   <li>DIMONA, for the 366 nights to 31 December 2017: acknowledgements of the previous night's
 *       file (all accepted), preparation, one validated file a night;</li>
 *   <li>payroll, from 1 January 2017: the chunk step's reader and writer (chunks of 1,000 in their
 *       own transactions), then the night's salary files.</li>
 * </ol>
 * It runs the job steps' own classes with their transactions but without the job repository
 * (measured apart: ~34 ms a job run). Prints each part's time on its own thread and the year's
 * time. Refuses a database that already holds contracts.
 *
 * <p>{@code java -Xmx512m -cp <classpath> be.coop.backoffice.payroll.PayrollBenchmark [contracts] [jdbc-url]}:
 * without a URL, on a fresh embedded PostgreSQL in a temporary folder.
 */
public final class PayrollBenchmark {

    public static final int CONTRACTS = 250_000;
    public static final int MEMBERS = 23_000;

    private PayrollBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int contracts = args.length > 0 ? Integer.parseInt(args[0]) : CONTRACTS;
        Path work = Files.createTempDirectory("payroll-benchmark");
        EmbeddedPostgresServer server = args.length > 1 ? null : EmbeddedPostgresServer.start(work.resolve("pgdata"));
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server != null ? server.jdbcUrl() : args[1]);
        if (server != null) {
            config.setUsername("postgres");
        }
        config.setMaximumPoolSize(4);
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            run(dataSource, System.out, contracts, work.resolve("outbox"));
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    /** The benchmark with the default volume, files written to a temporary outbox. */
    public static void run(DataSource dataSource, PrintStream out) {
        try {
            run(dataSource, out, CONTRACTS, Files.createTempDirectory("payroll-benchmark-outbox"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void run(DataSource dataSource, PrintStream out, int contracts, Path outbox) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        if (jdbc.queryForObject("select count(*) from contract", Long.class) > 0) {
            throw new IllegalStateException("the payroll benchmark needs a database without contracts");
        }
        Path configFolder = ConfigFolder.locate(System.getProperty(ConfigFolder.PROPERTY));
        long heapBefore = usedHeap();

        long t0 = System.nanoTime();
        generate(jdbc, contracts);
        out.printf("generated %,d members and %,d contracts of 2017 in %.1f s%n", MEMBERS, contracts, seconds(t0));

        DimonaAcks acks = new DimonaAcks(jdbc);
        DimonaPreparation preparation = new DimonaPreparation(jdbc);
        DimonaFileWriter files = new DimonaFileWriter(jdbc, DimonaEmployers.load(configFolder.resolve("dimona-employers.csv")));
        Path inbox = outbox.resolveSibling("inbox");
        PayrollRates rates = PayrollRates.load(configFolder.resolve("payroll-rates.csv"));
        PaymentDates paymentDates = new PaymentDates(new SalaryPaymentDate(Entities.load(configFolder.resolve("entities.csv"))), "BE");
        PayslipWriter writer = new PayslipWriter(jdbc, new PayslipCalculator(rates), paymentDates);
        SalaryFilesTasklet salaryFiles = new SalaryFilesTasklet(jdbc, DebtorAccounts.load(configFolder.resolve("debtor-accounts.csv")));

        int declared = 0;
        int dimonaNights = 0;
        long[] phases = new long[3];
        int payslips = 0;
        int payrollNights = 0;
        int salaryFileCount = 0;
        int transfers = 0;
        long payslipNanos = 0;
        long fileNanos = 0;
        long vacuum = 0;
        long wallNanos = 0;
        ExecutorService payrollThread = Executors.newSingleThreadExecutor();
        try {
            for (LocalDate night = LocalDate.of(2016, 12, 31); night.isBefore(PAYROLL_END); night = night.plusDays(1)) {
                LocalDate date = night;
                boolean dimonaNight = date.getYear() < 2018;
                long nightStart = System.nanoTime();
                // the nightly chain's two branches, side by side: payroll on a thread of its own
                Future<PayrollNight> payroll = payrollThread.submit(() -> date.getYear() < 2017 ? null
                        : payrollNight(dataSource, tx, writer, salaryFiles, outbox, date));
                if (dimonaNight) {
                    writeAcks(jdbc, inbox, date);
                    long t = System.nanoTime();
                    tx.executeWithoutResult(s -> acks.apply(date, inbox));
                    phases[0] += System.nanoTime() - t;
                    t = System.nanoTime();
                    tx.executeWithoutResult(s -> preparation.prepare(date));
                    phases[1] += System.nanoTime() - t;
                    t = System.nanoTime();
                    declared += tx.execute(s -> files.write(date, outbox));
                    phases[2] += System.nanoTime() - t;
                    dimonaNights++;
                }
                PayrollNight done = join(payroll, date);
                wallNanos += System.nanoTime() - nightStart;
                if (done != null) {
                    payrollNights++;
                    payslips += done.payslips();
                    payslipNanos += done.payslipNanos();
                    fileNanos += done.fileNanos();
                    salaryFileCount += done.files().size();
                    transfers += done.files().stream().mapToInt(SalaryFilesTasklet.Written::transfers).sum();
                }
                if (dimonaNight && dimonaNights % 7 == 0) {
                    // stands for the autovacuum that has a whole day between two real nights: not timed
                    // (after both branches: nothing else runs)
                    long v = System.nanoTime();
                    jdbc.execute("vacuum analyze dimona_declaration");
                    vacuum += System.nanoTime() - v;
                }
            }
        } finally {
            payrollThread.shutdownNow();
        }
        double dimonaSeconds = (phases[0] + phases[1] + phases[2]) / 1e9;
        out.printf("DIMONA: %d nights, %,d declarations in %d files, %.1f s (%.0f ms a night)%n", dimonaNights, declared,
                jdbc.queryForObject("select count(distinct file_name) from dimona_declaration", Integer.class),
                dimonaSeconds, dimonaSeconds * 1000 / dimonaNights);
        out.printf("  acknowledgements %.1f s, preparation %.1f s, files %.1f s (weekly vacuum, not counted: %.1f s)%n",
                phases[0] / 1e9, phases[1] / 1e9, phases[2] / 1e9, vacuum / 1e9);
        out.printf("payslips: %d nights (2017 and two weeks of 2018 for the last payments), %,d payslips in %.1f s"
                + " (%,.0f a second)%n", payrollNights, payslips, payslipNanos / 1e9, payslips / (payslipNanos / 1e9));
        out.printf("salary files: %d files, %,d transfers in %.1f s%n", salaryFileCount, transfers, fileNanos / 1e9);
        out.printf("year: %.1f s, DIMONA and payroll side by side each night as the nightly chain runs them"
                        + " (the parts above add up to %.1f s, each timed on its own thread);"
                        + " heap used now %d MB (max %d MB, %d MB before)%n",
                wallNanos / 1e9, dimonaSeconds + (payslipNanos + fileNanos) / 1e9, usedHeap() >> 20,
                Runtime.getRuntime().maxMemory() >> 20, heapBefore >> 20);
    }

    /** The first night not run: the last payslips of 2017 are paid by mid-January 2018. */
    private static final LocalDate PAYROLL_END = LocalDate.of(2018, 1, 15);

    /** One payroll night: payslips, then the salary files, each timed. */
    private record PayrollNight(int payslips, long payslipNanos, List<SalaryFilesTasklet.Written> files, long fileNanos) {
    }

    private static PayrollNight payrollNight(DataSource dataSource, TransactionTemplate tx, PayslipWriter writer,
                                             SalaryFilesTasklet salaryFiles, Path outbox, LocalDate date) {
        long t = System.nanoTime();
        int payslips = payslips(dataSource, tx, writer, date);
        long payslipNanos = System.nanoTime() - t;
        t = System.nanoTime();
        List<SalaryFilesTasklet.Written> written = tx.execute(s -> salaryFiles.writeFiles(date, outbox));
        return new PayrollNight(payslips, payslipNanos, written, System.nanoTime() - t);
    }

    private static <T> T join(Future<T> future, LocalDate date) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted on " + date, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("payroll of " + date + " failed", e.getCause());
        }
    }

    /** One night's computePayslipsStep: the reader's cursor, chunks of 1,000 in their own transactions. */
    private static int payslips(DataSource dataSource, TransactionTemplate tx, PayslipWriter writer, LocalDate businessDate) {
        writer.setBusinessDate(businessDate);
        PayrollNights nights = new PayrollNights(new JdbcTemplate(dataSource));
        LocalDate searchFrom = nights.searchFrom(businessDate);
        JdbcCursorItemReader<ContractToPay> reader = ContractsToPayReader.build(dataSource, () -> businessDate,
                () -> searchFrom, PayrollJobConfiguration.CHUNK_SIZE);
        int count = 0;
        try {
            reader.open(new ExecutionContext());
            while (true) {
                List<ContractToPay> items = new ArrayList<>(PayrollJobConfiguration.CHUNK_SIZE);
                for (ContractToPay item; items.size() < PayrollJobConfiguration.CHUNK_SIZE && (item = reader.read()) != null; ) {
                    items.add(item);
                }
                if (items.isEmpty()) {
                    nights.completed(businessDate, count);
                    return count;
                }
                tx.executeWithoutResult(s -> {
                    try {
                        writer.write(new Chunk<>(items));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                count += items.size();
            }
        } catch (Exception e) {
            throw new IllegalStateException("payslips of " + businessDate + " failed", e);
        } finally {
            reader.close();
        }
    }

    /** DIMONA accepts every declaration sent the night before. */
    private static void writeAcks(JdbcTemplate jdbc, Path inbox, LocalDate night) {
        StringBuilder csv = new StringBuilder("reference;result;period_id;message\n");
        jdbc.query("select reference, declaration_id from dimona_declaration where sent_on = ?", rs -> {
            csv.append(rs.getString(1)).append(";ACCEPTED;").append(100_000_000_000L + rs.getLong(2)).append(";\n");
        }, night.minusDays(1));
        try {
            Path folder = inbox.resolve(night.toString());
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(DimonaAcks.FILE_NAME), csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void generate(JdbcTemplate jdbc, int contracts) {
        jdbc.update("""
                insert into member (member_id, niss, last_name, first_name, birth_date, iban, office_code, withholding_rate,
                                    imported_on)
                select 'M' || lpad(n::text, 6, '0'), base || lpad((97 - base::bigint % 97)::text, 2, '0'),
                       'Member ' || n, 'Bench', birth, 'BE' || lpad((98 - ((bban || '111400')::numeric % 97))::text, 2, '0') || bban,
                       'NAMUR', case when n % 4 = 0 then 20 end, '2016-12-01'
                  from (select n, birth, to_char(birth, 'YYMMDD') || lpad((n % 900 + 1)::text, 3, '0') as base,
                               lpad((680000000 + n)::text, 10, '0')
                               || lpad((case when (680000000 + n) % 97 = 0 then 97 else (680000000 + n) % 97 end)::text, 2, '0') as bban
                          from (select n, date '1970-01-01' + n / 900 as birth from generate_series(1, ?) n) s) m""",
                MEMBERS);
        jdbc.update("""
                insert into client (client_id, name, kind, country, imported_on) values ('CL1', 'Client', 'PERSON', 'BE', '2016-12-01')""");
        jdbc.update("""
                insert into activity (activity_id, member_id, name, structure_code, office_code, opened_on, imported_on)
                select 'A' || lpad(n::text, 6, '0'), 'M' || lpad(n::text, 6, '0'), 'Activity', 'PA', 'NAMUR', '2016-12-01',
                       '2016-12-01'
                  from generate_series(1, ? / 3) n""", MEMBERS);
        jdbc.update("""
                insert into contract (contract_id, member_id, structure_code, contract_type, joint_committee, start_date,
                                      end_date, days_worked, hours_worked, gross_amount, activity_id, client_id, office_code,
                                      courier, encoded_on)
                select 'K' || lpad(n::text, 7, '0'), 'M' || lpad(m::text, 6, '0'),
                       case when n % 20 = 0 then 'PI' when n % 27 = 0 then 'FA' else 'PA' end,
                       type, case when type like 'ARTIST%' then 304 else 200 end,
                       start, start + days - 1, days, days * 7.5, days * (180 + n % 120),
                       case when m <= ? / 3 and n % 2 = 0 then 'A' || lpad(m::text, 6, '0') end,
                       case when m <= ? / 3 and n % 2 = 0 then null else 'CL1' end,
                       'NAMUR', n % 50 = 0 and type = 'EMPLOYEE', start - (n % 15)
                  from (select n, m, date '2017-01-01' + (n::bigint * 7919 % 358)::int as start, 1 + n % 5 as days,
                               case when m % 5 = 0 then 'STUDENT' when m % 23 = 0 then 'ARTIST_1BIS'
                                    when m % 2 = 0 then 'ARTIST' else 'EMPLOYEE' end as type
                          from (select n, 1 + (n::bigint * 104729) % ? as m from generate_series(1, ?) n) s) c""",
                MEMBERS, MEMBERS, MEMBERS, contracts);
        jdbc.execute("analyze");
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
