package be.coop.backoffice.common.config;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the operators' {@code config/} folder: the folder named by property
 * {@code backoffice.config-dir} when set, otherwise {@code config} in the working directory, or
 * in its parent (a build run from the {@code jobs} module). A missing file is an error naming
 * every place looked at.
 */
public final class ConfigDirectory {

    public static final String PROPERTY = "backoffice.config-dir";

    private ConfigDirectory() {
    }

    /** The file {@code fileName} of the config folder; {@code configured} is the property's value or null. */
    public static Path file(String configured, String fileName) {
        Path[] candidates = configured != null && !configured.isBlank()
                ? new Path[] {Path.of(configured)}
                : new Path[] {Path.of("config"), Path.of("..", "config")};
        for (Path dir : candidates) {
            Path file = dir.resolve(fileName);
            if (Files.isRegularFile(file)) {
                return file.toAbsolutePath().normalize();
            }
        }
        StringBuilder tried = new StringBuilder();
        for (Path dir : candidates) {
            tried.append(tried.isEmpty() ? "" : ", ").append(dir.resolve(fileName).toAbsolutePath().normalize());
        }
        throw new ConfigException(fileName + " not found (looked at " + tried + "; set " + PROPERTY + ")");
    }
}
