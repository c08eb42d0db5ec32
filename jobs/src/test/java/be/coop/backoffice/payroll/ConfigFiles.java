package be.coop.backoffice.payroll;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the operators' {@code config/} folder from the module directory the tests run in. */
final class ConfigFiles {

    private ConfigFiles() {
    }

    static Path path(String fileName) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("config").resolve(fileName);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("config/" + fileName + " not found above " + Path.of("").toAbsolutePath());
    }
}
