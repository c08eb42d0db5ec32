package be.coop.backoffice.imports;

import java.util.List;

/** What the field rules made of one line: a typed row to write, or the errors that reject it. */
public sealed interface RowOutcome<T> {

    int line();

    /** The line's own identifier as written, for the rejects file; may be null. */
    String recordId();

    record Accepted<T>(int line, String recordId, T row) implements RowOutcome<T> {
    }

    record Rejected<T>(int line, String recordId, List<FieldError> errors) implements RowOutcome<T> {
    }
}
