package be.coop.backoffice.invoicing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The invoicing job's long statements, kept in {@code .sql} files beside this class. */
final class InvoicingSql {

    private InvoicingSql() {
    }

    static String load(String name) {
        try (InputStream in = InvoicingSql.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing SQL resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
