package be.coop.backoffice.common.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Long SQL statements kept in {@code .sql} files beside the class that runs them, so they read as SQL. */
public final class SqlResource {

    private SqlResource() {
    }

    /** The text of {@code name}, a resource in the package of {@code owner}. */
    public static String load(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing SQL resource " + name + " beside " + owner.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
