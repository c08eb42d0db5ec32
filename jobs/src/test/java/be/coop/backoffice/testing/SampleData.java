package be.coop.backoffice.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The committed sample inbox, found from the module or the project root. */
public final class SampleData {

    private SampleData() {
    }

    public static Path inbox() {
        for (Path candidate : new Path[] {Path.of("../sample-data/inbox"), Path.of("sample-data/inbox")}) {
            if (Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("sample-data/inbox not found from " + Path.of("").toAbsolutePath());
    }
}
