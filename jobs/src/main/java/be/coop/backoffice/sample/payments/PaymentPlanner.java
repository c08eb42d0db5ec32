package be.coop.backoffice.sample.payments;

import be.coop.backoffice.common.Money;
import be.coop.backoffice.payroll.BelgianBankHolidays;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides how and when a client pays one invoice, from a hash of the invoice number and the seed
 * only: the same invoice and seed always give the same plan, whatever day is simulated and in
 * whatever order, so re-running a day writes the same file.
 *
 * <p>The mix (shares of invoices), calibrated so that the sample year replayed from 1 January gives
 * an amount-weighted average payment delay of about 45 days (see {@code docs/payments.md}). Late
 * payments count from the due date, so the delay follows the clients' terms: the sample year's
 * invoices are due after 35 days on average (weighted by amount: 30 days for most, 60 for public
 * bodies, some 15 and 45), and the mix is calibrated on those terms, not on 30 days for all.
 * <ul>
 *   <li>on time 41.5%: between 7 days after issue and the due date;</li>
 *   <li>late 33%: 1 to 30 days after the due date;</li>
 *   <li>very late 14.5%: 31 to 180 days after the due date;</li>
 *   <li>partial 4.5%: 30 to 70% (whole euros) between 10 days after issue and 20 days after the due
 *       date, the rest 20 to 90 days later for 70% of them, never for the others;</li>
 *   <li>over-paid 0.5%: on time, rounded up to the next ten euros (or ten more when already round);</li>
 *   <li>never paid 6%.</li>
 * </ul>
 * A client declared bankrupt pays nothing on or after its bankruptcy date. Payments are booked on
 * bank business days: a date on a weekend or a Belgian bank holiday moves to the next business day.
 *
 * <p>Each payment's communication: structured 82%; the structured communication written in the free
 * text 6% (with or without {@code +++}, with spaces); the invoice number in the free text 5%; a typo in
 * the communication 3% (one digit wrong: the check digits fail); none 4%. 15% of payments reach the
 * account whose bank delivers camt.053, the others the CODA account.
 */
public final class PaymentPlanner {

    public enum Fate { ON_TIME, LATE, VERY_LATE, PARTIAL, OVERPAID, NEVER }

    public enum Style { STRUCTURED, REFERENCE_IN_TEXT, INVOICE_NUMBER, TYPO, MISSING }

    /** What the planner needs of an issued invoice. */
    public record InvoiceToPay(String invoiceNumber, String communication, LocalDate issueDate, LocalDate dueDate,
            Money amount, LocalDate clientBankruptOn) {
    }

    /** One transfer a client makes; {@code instalment} 1 or 2 (the rest of a partial payment). */
    public record PlannedPayment(String invoiceNumber, int instalment, LocalDate date, Money amount, Fate fate,
            Style style, boolean camt, long variant) {
    }

    private static final double[] FATES = {0.415, 0.33, 0.145, 0.045, 0.005, 0.06};
    private static final double[] STYLES = {0.82, 0.06, 0.05, 0.03, 0.04};
    private static final double CAMT_SHARE = 0.15;
    private static final double PARTIAL_REST_PAID = 0.70;

    private final long seed;

    public PaymentPlanner(long seed) {
        this.seed = seed;
    }

    public Fate fate(String invoiceNumber) {
        return pick(Fate.values(), FATES, random(invoiceNumber, 0).nextDouble());
    }

    /** The transfers the client makes for the invoice, in date order; empty when it never pays. */
    public List<PlannedPayment> plan(InvoiceToPay invoice) {
        SplittableRandom r = random(invoice.invoiceNumber(), 0);
        Fate fate = pick(Fate.values(), FATES, r.nextDouble());
        LocalDate issue = invoice.issueDate();
        LocalDate due = invoice.dueDate();
        int terms = (int) Math.max(3, due.toEpochDay() - issue.toEpochDay());
        List<PlannedPayment> payments = new ArrayList<>();
        switch (fate) {
            case ON_TIME -> payments.add(payment(invoice, 1, issue.plusDays(between(r, 7, terms)), invoice.amount(), fate));
            case LATE -> payments.add(payment(invoice, 1, due.plusDays(between(r, 1, 30)), invoice.amount(), fate));
            case VERY_LATE -> payments.add(payment(invoice, 1, due.plusDays(between(r, 31, 180)), invoice.amount(), fate));
            case PARTIAL -> {
                LocalDate first = issue.plusDays(between(r, 10, terms + 20));
                Money part = partOf(invoice.amount(), 0.30 + 0.40 * r.nextDouble());
                payments.add(payment(invoice, 1, first, part, fate));
                if (r.nextDouble() < PARTIAL_REST_PAID) {
                    payments.add(payment(invoice, 2, first.plusDays(between(r, 20, 90)), invoice.amount().minus(part), fate));
                }
            }
            case OVERPAID -> payments.add(payment(invoice, 1, issue.plusDays(between(r, 3, terms)),
                    roundedUp(invoice.amount()), fate));
            case NEVER -> {
                // the guarantee fund pays the member; reminders and recovery follow
            }
        }
        if (invoice.clientBankruptOn() != null) {
            payments.removeIf(p -> !p.date().isBefore(invoice.clientBankruptOn()));
        }
        return payments;
    }

    private PlannedPayment payment(InvoiceToPay invoice, int instalment, LocalDate date, Money amount, Fate fate) {
        SplittableRandom r = random(invoice.invoiceNumber(), instalment);
        Style style = pick(Style.values(), STYLES, r.nextDouble());
        boolean camt = random(invoice.invoiceNumber(), 9).nextDouble() < CAMT_SHARE;
        return new PlannedPayment(invoice.invoiceNumber(), instalment, nextBankDay(date), amount, fate, style, camt,
                r.nextLong());
    }

    /** The date itself when banks book on it, else the next day they do. */
    public static LocalDate nextBankDay(LocalDate date) {
        LocalDate d = date;
        while (!isBankDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    public static boolean isBankDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !HOLIDAYS.computeIfAbsent(date.getYear(), BelgianBankHolidays::of).contains(date);
    }

    private static final Map<Integer, Set<LocalDate>> HOLIDAYS = new ConcurrentHashMap<>();

    private static Money partOf(Money amount, double share) {
        BigDecimal euros = amount.amount().multiply(BigDecimal.valueOf(share)).setScale(0, RoundingMode.DOWN);
        if (euros.signum() <= 0 || euros.compareTo(amount.amount()) >= 0) {
            return amount.times(new BigDecimal("0.5"));
        }
        return new Money(euros);
    }

    private static Money roundedUp(Money amount) {
        BigDecimal tens = amount.amount().divide(BigDecimal.TEN, 0, RoundingMode.CEILING).multiply(BigDecimal.TEN);
        if (tens.compareTo(amount.amount()) == 0) {
            tens = tens.add(BigDecimal.TEN);
        }
        return new Money(tens);
    }

    private static int between(SplittableRandom r, int from, int to) {
        return to <= from ? from : from + r.nextInt(to - from + 1);
    }

    private static <E> E pick(E[] values, double[] shares, double u) {
        double cumulative = 0;
        for (int i = 0; i < values.length; i++) {
            cumulative += shares[i];
            if (u < cumulative) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    /** A generator of its own for each (invoice, purpose), from the invoice number and the seed. */
    SplittableRandom random(String invoiceNumber, int purpose) {
        long h = seed * 0x9E3779B97F4A7C15L + purpose;
        for (int i = 0; i < invoiceNumber.length(); i++) {
            h = (h ^ invoiceNumber.charAt(i)) * 0x100000001B3L;
        }
        return new SplittableRandom(h ^ (h >>> 29));
    }
}
