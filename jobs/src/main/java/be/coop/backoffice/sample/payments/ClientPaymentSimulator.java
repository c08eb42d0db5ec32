package be.coop.backoffice.sample.payments;

import be.coop.backoffice.common.Iban;
import be.coop.backoffice.common.Money;
import be.coop.backoffice.common.StructuredCommunication;
import be.coop.backoffice.payments.statement.StatementReader;
import be.coop.backoffice.sample.payments.PaymentPlanner.InvoiceToPay;
import be.coop.backoffice.sample.payments.PaymentPlanner.PlannedPayment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sample tooling, not a production job: the clients' side of the bank. Given the invoices issued in
 * the database and a simulated day D, writes the statements the cooperative's two banks would
 * deliver for D into {@code inbox/D/}: a CODA 2.x file for the main account and a camt.053.001.02
 * file for the second one, each with the transfers clients made that day to pay issued invoices
 * (how and when each invoice is paid comes from {@link PaymentPlanner}, a hash of the invoice number
 * and the seed), and on the first bank day of a month the account charges (a debit).
 *
 * <p>Deterministic: re-running a day writes the same bytes, as long as the earlier days were
 * imported the same way (the old balance is the new balance of the account's last statement in
 * the database; an invoice paid on or after D is still considered). Nothing is written on weekends
 * and Belgian bank holidays, nor for an account without movements that day. Every file is read back
 * with {@link StatementReader} (balances, trailer) before it is moved into place.
 */
public final class ClientPaymentSimulator {

    public static final long DEFAULT_SEED = 2017;
    /** Main account (CODA) and second account (camt.053) of the cooperative. */
    public static final String CODA_ACCOUNT = Iban.belgian(12_345_678L).value();
    public static final String CAMT_ACCOUNT = Iban.belgian(7_350_123_456L).value();
    private static final Money CODA_OPENING = Money.parse("500000.00");
    private static final Money CAMT_OPENING = Money.parse("120000.00");
    private static final Money MONTHLY_CHARGES = Money.parse("-18.15");
    private static final String HOLDER = "COOPERATIVE PRODUCTIONS ASSOCIEES";
    private static final String[] BICS = {"GEBABEBB", "KREDBEBB", "BBRUBEBB", "GKCCBEBB", "AXABBE22", "NICABEBB"};
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    /** Longest a planned payment comes after the due date (very late, shifted to a bank day). */
    private static final int LONGEST_DELAY_AFTER_DUE = 200;

    /** What was written for a day. */
    public record SimulatedDay(LocalDate date, List<Path> files, int payments, Money credited) {
        static SimulatedDay none(LocalDate date) {
            return new SimulatedDay(date, List.of(), 0, Money.ZERO);
        }
    }

    /** An issued invoice and its client, as the simulator reads them. */
    record IssuedInvoice(InvoiceToPay invoice, String clientId, String clientName, String clientIban) {
    }

    private final JdbcTemplate jdbc;
    private final PaymentPlanner planner;

    public ClientPaymentSimulator(JdbcTemplate jdbc, long seed) {
        this.jdbc = jdbc;
        this.planner = new PaymentPlanner(seed);
    }

    /** Writes the statements of {@code day} into {@code inboxRoot/day/}. */
    public SimulatedDay simulate(LocalDate day, Path inboxRoot) throws IOException {
        if (!PaymentPlanner.isBankDay(day)) {
            return SimulatedDay.none(day);
        }
        List<SimulatedStatement.Movement> coda = new ArrayList<>();
        List<SimulatedStatement.Movement> camt = new ArrayList<>();
        List<Paid> paid = new ArrayList<>();
        for (IssuedInvoice issued : payable(day)) {
            for (PlannedPayment p : planner.plan(issued.invoice())) {
                if (p.date().equals(day)) {
                    paid.add(new Paid(issued, p));
                }
            }
        }
        paid.sort(Comparator.comparing((Paid p) -> p.payment().invoiceNumber()).thenComparing(p -> p.payment().instalment()));
        Money credited = Money.ZERO;
        int n = 0;
        for (Paid p : paid) {
            SimulatedStatement.Movement m = movement(p.invoice(), p.payment(), reference(day, ++n));
            (p.payment().camt() ? camt : coda).add(m);
            credited = credited.plus(m.amount());
        }
        if (isFirstBankDayOfMonth(day)) {
            coda.add(new SimulatedStatement.Movement(MONTHLY_CHARGES, day, null, "Frais de gestion de compte "
                    + day.getMonthValue() + "/" + day.getYear(), "", "", "", reference(day, ++n)));
        }
        Path folder = inboxRoot.resolve(day.toString());
        List<Path> files = new ArrayList<>();
        if (!coda.isEmpty()) {
            SimulatedStatement s = statement(CODA_ACCOUNT, "GEBABEBB", CODA_OPENING, day, coda);
            files.add(write(folder, "coda-" + tail(CODA_ACCOUNT) + "-" + day.getYear() + "-"
                    + String.format("%03d", s.sequence()) + ".cod", CodaWriter.write(s)));
        }
        if (!camt.isEmpty()) {
            SimulatedStatement s = statement(CAMT_ACCOUNT, "KREDBEBB", CAMT_OPENING, day, camt);
            files.add(write(folder, "camt053-" + tail(CAMT_ACCOUNT) + "-" + day.getYear() + "-"
                    + String.format("%03d", s.sequence()) + ".xml", Camt053Writer.write(s)));
        }
        return new SimulatedDay(day, files, paid.size(), credited);
    }

    private record Paid(IssuedInvoice invoice, PlannedPayment payment) {
    }

    /**
     * The invoices a client may pay on {@code day}: issued before it, not credit notes, still open or
     * paid on or after the day (so a re-run sees what the first run saw), due recently enough.
     */
    private List<IssuedInvoice> payable(LocalDate day) {
        return jdbc.query("""
                select i.invoice_number, i.structured_communication, i.issue_date, i.due_date, i.amount_incl_vat,
                       c.client_id, c.name, c.iban, c.bankrupt_on
                  from invoice i join client c on c.client_id = i.client_id
                 where i.kind = 'INVOICE' and i.issue_date < ? and i.due_date >= ?
                   and (i.status in ('OPEN', 'PARTIALLY_PAID') or (i.status = 'PAID' and i.paid_on >= ?))
                 order by i.invoice_number""",
                (rs, i) -> new IssuedInvoice(new InvoiceToPay(rs.getString(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), new Money(rs.getBigDecimal(5)),
                        rs.getObject(9, LocalDate.class)), rs.getString(6), rs.getString(7), rs.getString(8)),
                day, day.minusDays(LONGEST_DELAY_AFTER_DUE), day);
    }

    private SimulatedStatement statement(String account, String bic, Money opening, LocalDate day,
                                         List<SimulatedStatement.Movement> movements) {
        List<Object[]> previous = jdbc.query("""
                select new_balance, statement_date from bank_statement
                 where account = ? and statement_date < ? order by statement_date desc, statement_id desc limit 1""",
                (rs, i) -> new Object[] {new Money(rs.getBigDecimal(1)), rs.getObject(2, LocalDate.class)}, account, day);
        Money oldBalance = previous.isEmpty() ? opening : (Money) previous.get(0)[0];
        LocalDate oldDate = previous.isEmpty() ? day.minusDays(1) : (LocalDate) previous.get(0)[1];
        return new SimulatedStatement(account, HOLDER, bic, day.getDayOfYear(), day, oldDate, oldBalance, movements);
    }

    /** The transfer as the client wrote it, from its account (its known IBAN, or a stable one of its own). */
    static SimulatedStatement.Movement movement(IssuedInvoice issued, PlannedPayment p, String bankReference) {
        InvoiceToPay invoice = issued.invoice();
        String iban = issued.clientIban() != null ? issued.clientIban() : accountOf(issued.clientId());
        String bic = BICS[(int) Math.floorMod(p.variant(), BICS.length)];
        StructuredCommunication structured = null;
        String text = "";
        long v = Math.floorMod(p.variant(), 1_000_000L);
        String d = invoice.communication();
        switch (p.style()) {
            case STRUCTURED -> structured = StructuredCommunication.parse(d);
            case REFERENCE_IN_TEXT -> text = switch ((int) (v % 4)) {
                case 0 -> StructuredCommunication.parse(d).formatted();
                case 1 -> d.substring(0, 3) + " " + d.substring(3, 7) + " " + d.substring(7);
                case 2 -> d;
                default -> "Facture " + d.substring(0, 3) + "/" + d.substring(3, 7) + "/" + d.substring(7) + " merci";
            };
            case INVOICE_NUMBER -> {
                String[] parts = invoice.invoiceNumber().split("-");
                String shortNumber = String.valueOf(Integer.parseInt(parts[2]));
                text = switch ((int) (v % 4)) {
                    case 0 -> "Facture " + invoice.invoiceNumber();
                    case 1 -> parts[0] + " " + parts[1] + " " + shortNumber;
                    case 2 -> "fact " + parts[0] + parts[1] + parts[2];
                    default -> "Invoice " + parts[0] + "/" + parts[1] + "/" + shortNumber + " - thanks";
                };
            }
            case TYPO -> {
                int position = (int) (v % 10);
                char wrong = (char) ('0' + (d.charAt(position) - '0' + 1 + (int) (v / 10 % 9)) % 10);
                String typo = d.substring(0, position) + wrong + d.substring(position + 1);
                text = "+++" + typo.substring(0, 3) + "/" + typo.substring(3, 7) + "/" + typo.substring(7) + "+++";
            }
            case MISSING -> text = switch ((int) (v % 3)) {
                case 0 -> "";
                case 1 -> "paiement facture";
                default -> "merci";
            };
        }
        return new SimulatedStatement.Movement(p.amount(), p.date(), structured, text, iban, issued.clientName(), bic,
                bankReference);
    }

    /** A stable Belgian account for a client whose IBAN the cooperative does not know. */
    static String accountOf(String clientId) {
        long h = 1125899906842597L;
        for (int i = 0; i < clientId.length(); i++) {
            h = 31 * h + clientId.charAt(i);
        }
        return Iban.belgian(1_000_000_000L + Math.floorMod(h, 8_999_999_999L)).value();
    }

    private static boolean isFirstBankDayOfMonth(LocalDate day) {
        LocalDate first = PaymentPlanner.nextBankDay(day.withDayOfMonth(1));
        return first.equals(day);
    }

    private static String reference(LocalDate day, int n) {
        return "SIM" + day.format(YYYYMMDD) + String.format("%06d", n);
    }

    private static String tail(String account) {
        return account.substring(account.length() - 4);
    }

    private static Path write(Path folder, String name, byte[] content) throws IOException {
        new StatementReader().read(name, content);
        Files.createDirectories(folder);
        Path target = folder.resolve(name);
        Path temporary = folder.resolve(name + ".part");
        Files.write(temporary, content);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }
}
