package be.coop.backoffice.payments;

import be.coop.backoffice.common.Money;
import be.coop.backoffice.payments.SuspenseAllocation.Allocated;
import be.coop.backoffice.payments.SuspenseAllocation.Outcome;
import be.coop.backoffice.payments.SuspenseAllocation.Part;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The suspense queue as a person works it: the lines waiting ({@link #open()}) and the resolution of
 * one line ({@link #resolve}), in one transaction: its parts in {@code suspense_allocation}, the
 * invoices paid by them, and the line's payment row marked resolved (on, by, why). The payment row's
 * own split (applied + suspense = amount) is never changed, so the bank line stays counted once.
 *
 * <p>Concurrency: the payments job books invoices from a copy loaded per file, so a resolution must not
 * run during it; it takes the job's run lock for its transaction and is refused while the job (alone or
 * in the nightly chain) holds it. The payment row and the invoices are locked ({@code for update}), so two
 * people resolving the same line or paying the same invoice take turns, and the second sees the first.
 */
public final class SuspenseResolver {

    /** The name under which {@code JobRunner} locks the payments job while it runs. */
    private static final String PAYMENTS_JOB_LOCK = "backoffice-job:paymentsJob";

    /** A line of the suspense queue, as {@code suspense list} shows it. */
    public record SuspenseLine(long statementId, int lineNo, LocalDate valueDate, Money amount, Money suspense,
            String invoiceNumber, String counterpartyIban, String counterpartyName, String communication,
            String reason, String file) {
    }

    /**
     * What a person decided for one line.
     *
     * @param resolvedOn the date of the decision (not before the line was imported)
     * @param resolvedBy who decided
     * @param note       why; required when part of the amount is not a payment
     */
    public record Resolution(long statementId, int lineNo, List<Part> parts, LocalDate resolvedOn, String resolvedBy,
            String note) {
        public Resolution {
            Objects.requireNonNull(resolvedOn, "resolvedOn");
            parts = List.copyOf(parts);
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public SuspenseResolver(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** The lines in suspense and not resolved, oldest value date first. */
    public List<SuspenseLine> open() {
        return jdbc.query("""
                select p.statement_id, p.line_no, l.value_date, p.amount, p.suspense_amount, i.invoice_number,
                       l.counterparty_iban, l.counterparty_name,
                       coalesce('+++' || substr(l.structured_communication, 1, 3) || '/' || substr(l.structured_communication, 4, 4)
                                || '/' || substr(l.structured_communication, 8, 5) || '+++', l.communication),
                       p.reason, s.file_name
                  from payment p
                  join bank_statement_line l on l.statement_id = p.statement_id and l.line_no = p.line_no
                  join bank_statement s on s.statement_id = p.statement_id
                  left join invoice i on i.invoice_id = p.invoice_id
                 where p.status = 'SUSPENSE' and p.resolved_on is null
                 order by l.value_date, p.statement_id, p.line_no""",
                (rs, i) -> new SuspenseLine(rs.getLong(1), rs.getInt(2), rs.getObject(3, LocalDate.class),
                        new Money(rs.getBigDecimal(4)), new Money(rs.getBigDecimal(5)), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11)));
    }

    /**
     * Resolves one line, or refuses with nothing written.
     *
     * @throws SuspenseRefusedException naming the rule broken
     */
    public List<Allocated> resolve(Resolution r) {
        if (r.resolvedBy() == null || r.resolvedBy().isBlank()) {
            throw new SuspenseRefusedException("say who resolves the line");
        }
        boolean notAPayment = r.parts().stream().anyMatch(p -> p.outcome() == Outcome.NOT_A_PAYMENT);
        if (notAPayment && (r.note() == null || r.note().isBlank())) {
            throw new SuspenseRefusedException("a line that is not a payment needs a note saying what it is");
        }
        return transaction.execute(status -> {
            Boolean locked = jdbc.queryForObject("select pg_try_advisory_xact_lock(hashtext(?))", Boolean.class,
                    PAYMENTS_JOB_LOCK);
            if (!Boolean.TRUE.equals(locked)) {
                throw new SuspenseRefusedException("the payments job is running: resolve the line when it has ended");
            }
            List<Map<String, Object>> rows = jdbc.queryForList("""
                    select status, suspense_amount, paid_on, business_date, resolved_on, resolved_by
                      from payment where statement_id = ? and line_no = ? for update""", r.statementId(), r.lineNo());
            String line = "statement " + r.statementId() + " line " + r.lineNo();
            if (rows.isEmpty()) {
                throw new SuspenseRefusedException("no " + line);
            }
            Map<String, Object> payment = rows.get(0);
            if (payment.get("resolved_on") != null) {
                throw new SuspenseRefusedException(line + " was resolved on " + payment.get("resolved_on") + " by "
                        + payment.get("resolved_by"));
            }
            if (!"SUSPENSE".equals(payment.get("status"))) {
                throw new SuspenseRefusedException(line + " is " + payment.get("status") + ", not in suspense");
            }
            LocalDate imported = ((java.sql.Date) payment.get("business_date")).toLocalDate();
            if (r.resolvedOn().isBefore(imported)) {
                throw new SuspenseRefusedException(line + " was imported on " + imported + ": it cannot be resolved on "
                        + r.resolvedOn());
            }
            Money suspense = new Money((java.math.BigDecimal) payment.get("suspense_amount"));
            LocalDate valueDate = ((java.sql.Date) payment.get("paid_on")).toLocalDate();

            List<Allocated> allocated = SuspenseAllocation.allocate(suspense, valueDate, r.parts(), invoicesFor(r.parts()));
            write(r, allocated);
            return allocated;
        });
    }

    /** The invoices the parts name, locked, by number. */
    private Map<String, InvoiceBalance> invoicesFor(List<Part> parts) {
        Object[] numbers = parts.stream().filter(p -> p.outcome() == Outcome.INVOICE).map(Part::invoiceNumber).toArray();
        Map<String, InvoiceBalance> invoices = new HashMap<>();
        if (numbers.length == 0) {
            return invoices;
        }
        jdbc.query("""
                select i.invoice_id, i.invoice_number, i.structured_communication, i.kind, i.amount_incl_vat,
                       i.paid_amount, i.status, i.paid_on
                  from invoice i where i.invoice_number = any(?) order by i.invoice_id for update""", rs -> {
            InvoiceBalance invoice = new InvoiceBalance(rs.getLong(1), rs.getString(2), rs.getString(3), null,
                    "CREDIT_NOTE".equals(rs.getString(4)), new Money(rs.getBigDecimal(5)), new Money(rs.getBigDecimal(6)),
                    InvoiceStatus.valueOf(rs.getString(7)), rs.getObject(8, LocalDate.class));
            invoices.put(invoice.invoiceNumber(), invoice);
        }, new SqlArrayValue("text", numbers));
        return invoices;
    }

    private void write(Resolution r, List<Allocated> allocated) {
        for (Allocated a : allocated) {
            jdbc.update("""
                    insert into suspense_allocation (statement_id, line_no, part_no, outcome, invoice_id, amount)
                    values (?, ?, ?, ?, ?, ?)""", r.statementId(), r.lineNo(), a.partNo(), a.outcome().name(),
                    a.invoice() == null ? null : a.invoice().invoiceId(), a.amount().amount());
            if (a.invoice() != null) {
                jdbc.update("update invoice set paid_amount = ?, status = ?, paid_on = ? where invoice_id = ?",
                        a.invoice().paidAmount().amount(), a.invoice().status().name(), a.invoice().paidOn(),
                        a.invoice().invoiceId());
            }
        }
        jdbc.update("""
                update payment set resolved_on = ?, resolved_by = ?, resolution_note = ?
                 where statement_id = ? and line_no = ?""", r.resolvedOn(), r.resolvedBy(), r.note(), r.statementId(),
                r.lineNo());
    }
}
