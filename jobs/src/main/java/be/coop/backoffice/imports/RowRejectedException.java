package be.coop.backoffice.imports;

import java.util.List;

/** A line that cannot be imported, with every field error found in it. */
public class RowRejectedException extends RuntimeException {

    private final List<FieldError> errors;

    public RowRejectedException(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
