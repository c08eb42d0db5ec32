package be.coop.backoffice.testing;

import be.coop.backoffice.common.config.ConfigFolder;
import java.nio.file.Path;

/** The operators' real {@code config/} files, found as the jobs find them. */
public final class ConfigFiles {

    private ConfigFiles() {
    }

    public static Path path(String fileName) {
        return ConfigFolder.locate(null).resolve(fileName);
    }
}
