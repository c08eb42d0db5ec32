package be.coop.backoffice.benchmark;

import java.io.PrintStream;
import org.springframework.context.ApplicationContext;

/**
 * One measured stage of the benchmark. Stages run in the order of {@link Benchmark#STAGES} on the
 * same database, so a stage finds what the stages before it produced (payments matching finds the
 * invoices the invoicing stage issued).
 */
public interface BenchmarkStage {

    String name();

    /** Runs the stage, printing its result lines to {@code out}. */
    void run(ApplicationContext context, BenchmarkYear year, PrintStream out) throws Exception;
}
