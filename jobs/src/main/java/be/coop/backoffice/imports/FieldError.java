package be.coop.backoffice.imports;

/** Why one field of one line is refused: the column, the value as read, and the rule it breaks. */
public record FieldError(String field, String value, String rule) {
}
