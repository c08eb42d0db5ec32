package be.coop.backoffice.payments.statement;

import be.coop.backoffice.common.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reading the typed fields of camt.053 (dates, amounts with their credit/debit indicator) for one
 * file: a field that cannot be read stops the parsing naming the line of its element; an amount that
 * is readable but not in cents, or in another currency, is noted as a problem for the check.
 */
final class CamtFields {

    private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");
    private static final BigDecimal CENT = new BigDecimal("0.01");

    private final String fileName;
    private final List<StatementProblem> problems;

    CamtFields(String fileName, List<StatementProblem> problems) {
        this.fileName = fileName;
        this.problems = problems;
    }

    List<StatementProblem> problems() {
        return problems;
    }

    StatementRejectedException refuse(XmlElement where, String reason) {
        return new StatementRejectedException(fileName, where.line(), reason);
    }

    String required(XmlElement parent, String what, String... path) {
        String value = parent.text(path);
        if (value.isEmpty()) {
            throw refuse(parent, parent.name() + " has no " + what + " (" + String.join("/", path) + ")");
        }
        return value;
    }

    /** The date of an element holding {@code Dt} or {@code DtTm}; null when the element is absent. */
    LocalDate date(XmlElement choice, String what) {
        if (choice == null) {
            return null;
        }
        XmlElement dt = choice.child("Dt");
        XmlElement dtTm = choice.child("DtTm");
        String text = dt != null ? choice.text("Dt") : dtTm != null ? choice.text("DtTm") : "";
        if (text.length() < 10) {
            throw refuse(choice, what + " is not a date: '" + text + "'");
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            throw refuse(choice, what + " is not a date: '" + text + "'");
        }
    }

    /** The amount of {@code Amt} under {@code parent}, negative when {@code indicator} is {@code DBIT}. */
    Money signedAmount(XmlElement parent, String indicator, String currency, String what) {
        Money amount = amount(parent.child("Amt"), parent, currency, what);
        return "DBIT".equals(indicator) ? amount.negate() : amount;
    }

    /** {@code CRDT} or {@code DBIT} of {@code CdtDbtInd} under {@code parent}. */
    String indicator(XmlElement parent) {
        String indicator = parent.text("CdtDbtInd");
        if (!indicator.equals("CRDT") && !indicator.equals("DBIT")) {
            throw refuse(parent, parent.name() + " credit/debit indicator CdtDbtInd must be CRDT or DBIT: '" + indicator + "'");
        }
        return indicator;
    }

    /** A positive amount element; an amount in another currency than {@code currency} is a problem. */
    Money amount(XmlElement amt, XmlElement parent, String currency, String what) {
        if (amt == null) {
            throw refuse(parent, what + " has no amount Amt");
        }
        String text = amt.text();
        if (!DECIMAL.matcher(text).matches()) {
            throw refuse(amt, what + " amount is not a positive decimal: '" + text + "'");
        }
        BigDecimal exact = new BigDecimal(text);
        String ccy = amt.attribute("Ccy");
        if (!currency.isEmpty() && !ccy.isEmpty() && !ccy.equals(currency)) {
            problems.add(new StatementProblem(amt.line(), what + " amount " + text + " is in " + ccy
                    + ", the account is in " + currency));
        }
        if (exact.remainder(CENT).signum() != 0) {
            problems.add(new StatementProblem(amt.line(), what + " amount " + text
                    + " has more than two decimals; amounts are kept in cents"));
            return Money.rounded(exact);
        }
        return new Money(exact);
    }
}
