package be.coop.backoffice.cli;

import be.coop.backoffice.sample.GenerationSummary;
import be.coop.backoffice.sample.GeneratorSettings;
import be.coop.backoffice.sample.SampleYearGenerator;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a calibrated sample year as daily inbox feeds: OUT/inbox/YYYY-MM-DD/*.csv.",
                "At --scale 1.0 the 2017 feeds reproduce the activity report's figures exactly.",
                "The same seed always writes the same files."})
class GenerateCommand implements Callable<Integer> {

    @Option(names = "--year", defaultValue = "2017", description = "Calendar year (default: ${DEFAULT-VALUE}).")
    int year;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (best empty).")
    Path out;

    @Option(names = "--scale", defaultValue = "1.0", description = "Share of the real volumes, up to 2 (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--seed", defaultValue = "20170101", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        GenerationSummary summary = generate(year, scale, seed, out);
        System.out.println("sample year written to " + out.resolve("inbox").toAbsolutePath());
        Report.generation(System.out, summary);
        return 0;
    }

    static GenerationSummary generate(int year, double scale, long seed, Path out) {
        long start = System.nanoTime();
        System.out.printf("generating %d at scale %s, seed %d%n", year, scale, seed);
        GenerationSummary summary = new SampleYearGenerator(GeneratorSettings.of(year, scale, seed),
                line -> System.out.printf("  %5.1f s  %s%n", (System.nanoTime() - start) / 1e9, line)).generate(out);
        System.out.printf("  %5.1f s  done%n", (System.nanoTime() - start) / 1e9);
        return summary;
    }
}
