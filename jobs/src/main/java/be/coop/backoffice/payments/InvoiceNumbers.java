package be.coop.backoffice.payments;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Invoice numbers written by hand in a free communication, read back in their canonical form
 * {@code PA-2017-000123} (structure prefix, year, number in the year on six digits).
 *
 * <p>Accepted: the two-letter prefix in any case, then the four-digit year, then the number with or
 * without its leading zeros (1 to 6 digits), separated by nothing or by any run of spaces, hyphens,
 * slashes, dots or underscores: {@code PA-2017-000123}, {@code PA 2017 123}, {@code pa2017000123},
 * {@code PA/2017/123}, {@code Facture PA.2017.00123}. Not accepted: a two-digit year
 * ({@code PA-17-123}, too close to other references) or a number of more than six digits. The prefix
 * must not be glued to a preceding letter or digit, nor the number to a following digit.
 */
public final class InvoiceNumbers {

    private static final Pattern IN_TEXT = Pattern.compile(
            "(?<![\\p{L}0-9])(\\p{L}{2})[\\s\\-/._]*((?:19|20)[0-9]{2})[\\s\\-/._]*([0-9]{1,6})(?![0-9])");

    private InvoiceNumbers() {
    }

    /** The distinct invoice numbers written in {@code text}, canonical, in order of appearance. */
    public static List<String> findIn(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        Matcher m = IN_TEXT.matcher(text);
        while (m.find()) {
            int number = Integer.parseInt(m.group(3));
            if (number > 0) {
                found.add(canonical(m.group(1), Integer.parseInt(m.group(2)), number));
            }
        }
        return List.copyOf(found);
    }

    /** {@code PA-2017-000123}. */
    public static String canonical(String prefix, int year, int numberInYear) {
        return String.format(Locale.ROOT, "%s-%04d-%06d", prefix.toUpperCase(Locale.ROOT), year, numberInYear);
    }
}
