package be.coop.backoffice.benchmark;

import java.io.PrintStream;
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

    public static void run(ApplicationContext context, BenchmarkYear year, PrintStream out) throws Exception {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Integer existing = jdbc.queryForObject("select count(*) from sale", Integer.class);
        if (existing != null && existing > 0) {
            throw new IllegalStateException("the benchmark needs an empty database; this one holds " + existing
                    + " sales");
        }
        out.printf("benchmark: %d sales over %s, max heap %d MB, %d processors%n", year.sales(),
                year.lastDay().getYear(), Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        long start = System.nanoTime();
        year.insert(new NamedParameterJdbcTemplate(jdbc));
        out.printf("  %-10s %d sales with their members, Activities, clients and contracts inserted in %.1f s%n",
                "setup", year.sales(), seconds(start));
        for (BenchmarkStage stage : STAGES) {
            stage.run(context, year, out);
        }
        out.printf("  %-10s peak heap used %d MB%n", "memory", peakHeapMegabytes());
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
