package be.coop.backoffice.imports;

import be.coop.backoffice.common.Iban;
import be.coop.backoffice.common.Money;
import be.coop.backoffice.common.Niss;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the fields of one {@link CsvRow}, collecting every error instead of stopping at the first,
 * so a rejected line tells the operator all that is wrong with it. Each getter returns null for a
 * field in error; call {@link #done()} once all fields are read.
 */
public final class Fields {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_-]{1,20}");
    private static final Pattern AMOUNT = Pattern.compile("-?[0-9]{1,12}(\\.[0-9]{1,2})?");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,12}(\\.[0-9]{1,4})?");

    private final CsvRow row;
    private final List<FieldError> errors = new ArrayList<>();

    public Fields(CsvRow row) {
        this.row = row;
        if (row.lineProblem() != null) {
            errors.add(row.lineProblem());
        }
    }

    public void error(String field, String value, String rule) {
        errors.add(new FieldError(field, value, rule));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Throws the collected errors, if any. */
    public void done() {
        if (!errors.isEmpty()) {
            throw new RowRejectedException(errors);
        }
    }

    public String text(String column, boolean required) {
        String value = row.get(column);
        if (value == null && required) {
            error(column, null, "required");
        }
        return value;
    }

    public String id(String column, boolean required) {
        return parse(column, required, v -> {
            if (!IDENTIFIER.matcher(v).matches()) {
                throw new IllegalArgumentException("identifier of 1 to 20 letters, digits, '-' or '_'");
            }
            return v;
        });
    }

    public LocalDate date(String column, boolean required) {
        return parse(column, required, v -> {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("date as YYYY-MM-DD");
            }
        });
    }

    /** A positive amount with at most two decimals. */
    public Money positiveAmount(String column, boolean required) {
        return parse(column, required, v -> {
            if (!AMOUNT.matcher(v).matches()) {
                throw new IllegalArgumentException("amount with a dot and at most two decimals");
            }
            Money money = Money.parse(v);
            if (!money.isPositive()) {
                throw new IllegalArgumentException("amount must be greater than zero");
            }
            return money;
        });
    }

    public BigDecimal decimal(String column, boolean required, BigDecimal min, BigDecimal max) {
        return parse(column, required, v -> {
            if (!DECIMAL.matcher(v).matches()) {
                throw new IllegalArgumentException("decimal number with a dot");
            }
            BigDecimal d = new BigDecimal(v);
            if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
                throw new IllegalArgumentException("between " + min.toPlainString() + " and " + max.toPlainString());
            }
            return d;
        });
    }

    public Integer integer(String column, boolean required, int min, int max) {
        return parse(column, required, v -> {
            int n;
            try {
                n = Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("whole number");
            }
            if (n < min || n > max) {
                throw new IllegalArgumentException("whole number between " + min + " and " + max);
            }
            return n;
        });
    }

    public Boolean bool(String column, boolean defaultValue) {
        Boolean b = parse(column, false, v -> switch (v.toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("true or false");
        });
        return b == null && row.get(column) == null ? defaultValue : b;
    }

    public String code(String column, boolean required, Set<String> allowed) {
        return parse(column, required, v -> {
            if (!allowed.contains(v)) {
                throw new IllegalArgumentException("one of " + String.join(", ", allowed.stream().sorted().toList()));
            }
            return v;
        });
    }

    public Niss niss(String column, boolean required) {
        return parse(column, required, Niss::new);
    }

    public Iban iban(String column, boolean required) {
        return parse(column, required, Iban::new);
    }

    /** Parses a present field with {@code parser}; an exception's message becomes the rule broken. */
    public <T> T parse(String column, boolean required, Function<String, T> parser) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            error(column, value, e.getMessage());
            return null;
        }
    }
}
