package be.coop.backoffice.common.config;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the operators' configuration files are: the folder named by {@code backoffice.config-dir}
 * when set, otherwise {@code config/} of the working directory, or of its parent (the tests run in
 * the {@code jobs} module folder).
 */
public final class ConfigFolder {

    public static final String PROPERTY = "backoffice.config-dir";

    private ConfigFolder() {
    }

    public static Path locate(String configured) {
        if (configured != null && !configured.isBlank()) {
            Path folder = Path.of(configured);
            if (!Files.isDirectory(folder)) {
                throw new ConfigException(PROPERTY + " names no folder: " + folder.toAbsolutePath());
            }
            return folder.toAbsolutePath();
        }
        for (Path candidate : new Path[] {Path.of("config"), Path.of("../config")}) {
            if (Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new ConfigException("no config/ folder in " + Path.of("").toAbsolutePath()
                + " or its parent; set " + PROPERTY);
    }
}
