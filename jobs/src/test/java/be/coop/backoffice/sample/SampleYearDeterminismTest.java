package be.coop.backoffice.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same settings, same bytes; another seed, another year. */
class SampleYearDeterminismTest {

    private static final double SCALE = 0.01;

    @Test
    void theSameSeedWritesByteIdenticalFiles(@TempDir Path first, @TempDir Path second) {
        GenerationSummary a = new SampleYearGenerator(GeneratorSettings.of(2017, SCALE, 7L)).generate(first);
        GenerationSummary b = new SampleYearGenerator(GeneratorSettings.of(2017, SCALE, 7L)).generate(second);

        Map<String, byte[]> filesA = files(first);
        Map<String, byte[]> filesB = files(second);
        assertThat(filesA.keySet()).isEqualTo(filesB.keySet()).hasSize(a.files());
        filesA.forEach((name, bytes) -> assertThat(filesB.get(name)).as(name).isEqualTo(bytes));
        assertThat(a).isEqualTo(b);
    }

    @Test
    void anotherSeedWritesAnotherYearWithTheSameTotals(@TempDir Path first, @TempDir Path second) {
        GenerationSummary a = new SampleYearGenerator(GeneratorSettings.of(2017, SCALE, 7L)).generate(first);
        GenerationSummary b = new SampleYearGenerator(GeneratorSettings.of(2017, SCALE, 8L)).generate(second);

        Map<String, byte[]> filesA = files(first);
        Map<String, byte[]> filesB = files(second);
        long differing = filesA.entrySet().stream()
                .filter(e -> !java.util.Arrays.equals(e.getValue(), filesB.get(e.getKey()))).count();
        assertThat(differing).isGreaterThan(filesA.size() / 2);
        assertThat(b.grossSalaries()).isEqualTo(a.grossSalaries());
        assertThat(b.turnoverPerSource()).isEqualTo(a.turnoverPerSource());
        assertThat(b.workers()).isEqualTo(a.workers());
    }

    private static Map<String, byte[]> files(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
