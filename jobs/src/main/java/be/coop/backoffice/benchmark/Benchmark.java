package be.coop.backoffice.benchmark;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Generates the sample year in an empty database, then runs every stage on it. */
public final class Benchmark {

    /** The stages, in order. */
    public static final List<BenchmarkStage> STAGES = List.of(new InvoicingStage());

    private Benchmark() {
    }

    /**
     * @param warmUpSales sales of a first, smaller year invoiced and then emptied out before the
     *                    measured one (0: none), on a database the benchmark created for itself only
     */
    public static void run(ApplicationContext context, BenchmarkYear year, int warmUpSales, PrintStream out)
            throws Exception {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Integer existing = jdbc.queryForObject("select count(*) from sale", Integer.class);
        if (existing != null && existing > 0) {
            throw new IllegalStateException("the benchmark needs an empty database; this one holds " + existing
                    + " sales");
        }
        out.printf("benchmark: %d sales over %s, max heap %d MB, %d processors%n", year.sales(),
                year.lastDay().getYear(), Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        if (warmUpSales > 0) {
            warmUp(context, new BenchmarkYear(year.lastDay().getYear(), warmUpSales), out);
        }
        long start = System.nanoTime();
        year.insert(new NamedParameterJdbcTemplate(jdbc));
        out.printf("  %-10s %d sales with their members, Activities, clients and contracts inserted in %.1f s%n",
                "setup", year.sales(), seconds(start));
        for (BenchmarkStage stage : STAGES) {
            stage.run(context, year, out);
        }
        out.printf("  %-10s peak heap used %d MB%n", "memory", peakHeapMegabytes());
    }

    /**
     * Invoices a smaller year, then empties every table it filled: a fresh JVM spends its first
     * seconds compiling the hot code (about 4 CPU seconds of the JIT compiler, on the two cores the
     * database needs), which the measured year then does not pay. The nightly runs in a fresh JVM
     * too, but on a day's few hundred sales.
     */
    private static void warmUp(ApplicationContext context, BenchmarkYear warmUp, PrintStream out) throws Exception {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long start = System.nanoTime();
        warmUp.insert(new NamedParameterJdbcTemplate(jdbc));
        Path outbox = Files.createTempDirectory("benchmark-warm-up");
        try {
            InvoicingStage.invoice(context, warmUp.lastDay().minusDays(1), outbox);
        } finally {
            InvoicingStage.deleteRecursively(outbox);
        }
        jdbc.execute("truncate activity_ledger_entry, invoice_line, invoice, invoice_number_counter, invoicing_reject,"
                + " sale, contract, activity, client, member cascade");
        jdbc.execute("analyze");
        out.printf("  %-10s %d sales invoiced and emptied out again in %.1f s, so the JVM has compiled the hot"
                + " code%n", "warm-up", warmUp.sales(), seconds(start));
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static long peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
