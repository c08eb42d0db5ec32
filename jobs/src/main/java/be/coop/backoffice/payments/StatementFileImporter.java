package be.coop.backoffice.payments;

import be.coop.backoffice.common.Iban;
import be.coop.backoffice.common.Money;
import be.coop.backoffice.common.StructuredCommunication;
import be.coop.backoffice.payments.statement.BankStatement;
import be.coop.backoffice.payments.statement.StatementLine;
import be.coop.backoffice.payments.statement.StatementProblem;
import be.coop.backoffice.payments.statement.StatementReader;
import be.coop.backoffice.payments.statement.StatementRejectedException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.SqlArrayValue;

/**
 * Imports one statement file of a business date and matches its lines, inside the caller's
 * transaction: either all of it is written (statements, lines, payments, invoices paid, the file's
 * row in {@code bank_statement_file}) or nothing is. That row is what a restarted import reads to
 * pass over the files it already handled ({@link #filesDone}).
 *
 * <p>A file is refused whole when it cannot be read or its figures do not add up
 * ({@link StatementReader}); each problem becomes a row of {@code bank_statement_reject}. A statement
 * already imported (same account, year of its date and sequence number, from another file or day),
 * or of an account kept in another currency than the euro (invoices are in euro), is refused alone,
 * before anything of it is written; the file's other statements are imported. An old
 * balance that is not the new balance of the account's previous statement is imported and reported
 * as a warning: the statement adds up, and refusing it would hold every later statement of the account.
 *
 * <p>Database round trips per file, not per line: one query for the duplicates, one per statement
 * for the previous balance, one insert per statement and one for all its lines, two queries for the
 * invoices the lines may pay, one insert for the payments, one update for the invoices paid.
 */
public final class StatementFileImporter {

    private static final String EURO = "EUR";

    private final JdbcTemplate jdbc;
    private final StatementReader reader = new StatementReader();
    private final PaymentMatcher matcher = new PaymentMatcher();

    public StatementFileImporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The files of {@code businessDate} already imported or refused. */
    public Set<String> filesDone(LocalDate businessDate) {
        return new HashSet<>(jdbc.queryForList("select file_name from bank_statement_file where business_date = ?",
                String.class, businessDate));
    }

    /**
     * Reads and checks {@code file} without touching the database: the statements, or the refusal
     * naming every problem. Safe to call on another thread than the import's.
     *
     * @throws IOException when the file cannot be read at all
     */
    public StatementFile read(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        byte[] content = Files.readAllBytes(file);
        try {
            return new StatementFile(fileName, reader.read(fileName, content), null);
        } catch (StatementRejectedException e) {
            return new StatementFile(fileName, List.of(), e);
        }
    }

    /** Imports or refuses {@code file}; call it in a transaction. */
    public FileOutcome importFile(Path file, LocalDate businessDate) throws IOException {
        return importFile(read(file), businessDate);
    }

    /** Imports or refuses a file already read by {@link #read}; call it in a transaction. */
    public FileOutcome importFile(StatementFile file, LocalDate businessDate) {
        String fileName = file.fileName();
        if (file.refused()) {
            Rejects rejects = new Rejects(fileName);
            for (StatementProblem problem : file.refusal().problems()) {
                rejects.add("REFUSED", null, null, problem.line(), problem.reason());
            }
            rejects.insert(jdbc, businessDate);
            insertFileRow(businessDate, FileOutcome.refused(fileName));
            return FileOutcome.refused(fileName);
        }
        List<BankStatement> statements = file.statements();

        Rejects rejects = new Rejects(fileName);
        Set<String> stored = storedKeys(statements);
        Set<String> seen = new HashSet<>();
        List<Long> statementIds = new ArrayList<>();
        List<StoredLine> lines = new ArrayList<>();
        int linesStored = 0;
        int refusedAlone = 0;
        for (BankStatement statement : statements) {
            String key = key(statement.account(), statement.statementDate().getYear(), statement.sequenceNumber());
            int line = statement.oldBalance().sourceLine();
            if (!statement.currency().isEmpty() && !statement.currency().equals(EURO)) {
                refusedAlone++;
                rejects.add("REFUSED", statement.account(), statement.sequenceNumber(), line, "statement "
                        + statement.sequenceNumber() + " of account " + statement.account() + " is in "
                        + statement.currency() + ": only euro accounts are reconciled with the invoices");
                continue;
            }
            String storedUnder = stored.contains(key) ? statement.sequenceNumber() : storedUnderFormerNumber(statement);
            if (storedUnder != null || !seen.add(key)) {
                refusedAlone++;
                rejects.add("REFUSED", statement.account(), statement.sequenceNumber(), line, "statement "
                        + statement.sequenceNumber() + " of " + statement.statementDate().getYear() + " for account "
                        + statement.account() + " already imported" + (storedUnder != null
                                ? " (" + whereStored(statement, storedUnder) + ")" : " earlier in this file"));
                continue;
            }
            for (StatementProblem note : statement.readingNotes()) {
                rejects.add("WARNING", statement.account(), statement.sequenceNumber(), note.line(), note.reason());
            }
            checkContinuity(statement, rejects);
            long statementId = insertStatement(statement, fileName, businessDate);
            statementIds.add(statementId);
            for (StatementLine l : statement.lines()) {
                lines.add(new StoredLine(statementId, l));
            }
            linesStored += insertLines(statementId, statement.lines());
        }

        InvoiceBook book = new InvoiceBook(loadInvoices(lines));
        List<Payment> payments = new ArrayList<>(lines.size());
        int matched = 0;
        int partial = 0;
        int suspense = 0;
        for (StoredLine l : lines) {
            PaymentDecision decision = matcher.match(l.line(), l.reference(), l.numbers(), book);
            payments.add(new Payment(l, decision));
            switch (decision.status()) {
                case MATCHED -> matched++;
                case PARTIAL -> partial++;
                case SUSPENSE -> suspense++;
            }
        }
        int paymentsStored = insertPayments(payments, businessDate);
        updateInvoices(book.changed());
        requireOnePaymentPerLine(fileName, lines.size(), linesStored, paymentsStored);

        rejects.insert(jdbc, businessDate);
        FileOutcome outcome = new FileOutcome(fileName, false, statementIds.size(), refusedAlone, lines.size(), matched,
                partial, suspense);
        insertFileRow(businessDate, outcome);
        return outcome;
    }

    /**
     * A line to store and match, with what matching looks for in it, found once: the structured
     * communication ({@link StatementLine#paymentReference()}) and the invoice numbers of its text.
     */
    private record StoredLine(long statementId, StatementLine line, Optional<StructuredCommunication> reference,
            List<String> numbers) {

        StoredLine(long statementId, StatementLine line) {
            this(statementId, line, line.paymentReference(), InvoiceNumbers.findIn(line.communication()));
        }

        LocalDate valueDate() {
            return line.valueDate() != null ? line.valueDate() : line.entryDate();
        }
    }

    private record Payment(StoredLine line, PaymentDecision decision) {
    }

    private static String key(String account, int year, String sequence) {
        return account + '|' + year + '|' + sequence;
    }

    private Set<String> storedKeys(List<BankStatement> statements) {
        Object[] accounts = statements.stream().map(BankStatement::account).toArray();
        Object[] years = statements.stream().map(s -> s.statementDate().getYear()).toArray();
        Object[] sequences = statements.stream().map(BankStatement::sequenceNumber).toArray();
        return new HashSet<>(jdbc.query("""
                select b.account, b.statement_year, b.sequence_no
                  from bank_statement b
                  join unnest(?, ?, ?) as k(account, year, sequence_no)
                    on b.account = k.account and b.statement_year = k.year and b.sequence_no = k.sequence_no""",
                (rs, i) -> key(rs.getString(1), rs.getInt(2), rs.getString(3)),
                new SqlArrayValue("text", accounts), new SqlArrayValue("int4", years),
                new SqlArrayValue("text", sequences)));
    }

    private String whereStored(BankStatement statement, String sequenceNumber) {
        return jdbc.queryForObject("""
                select 'file ' || file_name || ', imported on ' || imported_on from bank_statement
                 where account = ? and statement_year = ? and sequence_no = ?""", String.class,
                statement.account(), statement.statementDate().getYear(), sequenceNumber);
    }

    /**
     * The former sequence number under which this CODA statement was stored before the CODA
     * sequence number joined its key ({@link BankStatement#formerSequenceNumber()}), with the same
     * date and balances; null when it was not.
     */
    private String storedUnderFormerNumber(BankStatement statement) {
        return statement.formerSequenceNumber().filter(former -> jdbc.queryForObject("""
                select count(*) from bank_statement
                 where format = 'CODA' and account = ? and statement_year = ? and sequence_no = ?
                   and statement_date = ? and old_balance = ? and new_balance = ?""", Integer.class,
                statement.account(), statement.statementDate().getYear(), former, statement.statementDate(),
                statement.oldBalance().amount().amount(), statement.newBalance().amount().amount()) > 0).orElse(null);
    }

    private void checkContinuity(BankStatement statement, Rejects rejects) {
        List<Object[]> previous = jdbc.query("""
                select new_balance, sequence_no, statement_date, file_name from bank_statement
                 where account = ? and statement_date <= ?
                 order by statement_date desc, statement_id desc limit 1""",
                (rs, i) -> new Object[] {rs.getBigDecimal(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4)},
                statement.account(), statement.statementDate());
        if (previous.isEmpty()) {
            return;
        }
        Money previousBalance = new Money((BigDecimal) previous.get(0)[0]);
        if (previousBalance.compareTo(statement.oldBalance().amount()) != 0) {
            rejects.add("WARNING", statement.account(), statement.sequenceNumber(), statement.oldBalance().sourceLine(),
                    "old balance " + statement.oldBalance().amount() + " differs from new balance " + previousBalance
                            + " of the previous statement " + previous.get(0)[1] + " of " + previous.get(0)[2]
                            + " (file " + previous.get(0)[3] + "): a statement may be missing, imported anyway");
        }
    }

    private long insertStatement(BankStatement statement, String fileName, LocalDate businessDate) {
        return jdbc.queryForObject("""
                insert into bank_statement (format, file_name, account, sequence_no, statement_date, old_balance,
                                            new_balance, imported_on, line_count)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning statement_id""", Long.class,
                statement.format().name(), fileName, statement.account(), statement.sequenceNumber(),
                statement.statementDate(), statement.oldBalance().amount().amount(),
                statement.newBalance().amount().amount(), businessDate, statement.lines().size());
    }

    private int insertLines(long statementId, List<StatementLine> lines) {
        if (lines.isEmpty()) {
            return 0;
        }
        int n = lines.size();
        Object[] lineNo = new Object[n];
        Object[] valueDate = new Object[n];
        Object[] amount = new Object[n];
        Object[] structured = new Object[n];
        Object[] communication = new Object[n];
        Object[] iban = new Object[n];
        Object[] name = new Object[n];
        Object[] reference = new Object[n];
        for (int i = 0; i < n; i++) {
            StatementLine l = lines.get(i);
            lineNo[i] = l.lineNumber();
            valueDate[i] = (l.valueDate() != null ? l.valueDate() : l.entryDate()).toString();
            amount[i] = l.amount().amount();
            structured[i] = l.structuredCommunication() == null ? null : l.structuredCommunication().digits();
            communication[i] = l.communication();
            iban[i] = l.counterpartyIban().map(Iban::value).orElse(null);
            name[i] = l.counterpartyName();
            reference[i] = l.bankReference();
        }
        return jdbc.update("""
                insert into bank_statement_line (statement_id, line_no, value_date, amount, structured_communication,
                                                 communication, counterparty_iban, counterparty_name, bank_reference)
                select ?, t.line_no, t.value_date::date, t.amount, t.structured, t.communication, t.iban, t.name, t.reference
                  from unnest(?, ?, ?, ?, ?, ?, ?, ?)
                       as t(line_no, value_date, amount, structured, communication, iban, name, reference)""",
                statementId, new SqlArrayValue("int4", lineNo), new SqlArrayValue("text", valueDate),
                new SqlArrayValue("numeric", amount), new SqlArrayValue("text", structured),
                new SqlArrayValue("text", communication), new SqlArrayValue("text", iban),
                new SqlArrayValue("text", name), new SqlArrayValue("text", reference));
    }

    /**
     * Every invoice a line of the file may pay, in two queries: those named by a structured
     * communication or an invoice number; then, for the credit lines that named none of them, the
     * payable invoices of clients paying from the line's account with exactly the line's amount open.
     * (An invoice whose open amount reaches a line's amount only through an earlier partial payment
     * of the same file is not a candidate: that line goes to suspense, never to a wrong invoice.)
     * Not locked: the payments job is the only writer of what it changes (paid amount, status paid,
     * paid on), and one run of it at a time is guaranteed by the job runner's lock.
     */
    private List<InvoiceBalance> loadInvoices(List<StoredLine> lines) {
        Set<String> communications = new LinkedHashSet<>();
        Set<String> numbers = new LinkedHashSet<>();
        for (StoredLine stored : lines) {
            if (stored.line().amount().isPositive()) {
                stored.reference().map(StructuredCommunication::digits).ifPresent(communications::add);
                numbers.addAll(stored.numbers());
            }
        }
        List<InvoiceBalance> invoices = new ArrayList<>();
        if (!communications.isEmpty() || !numbers.isEmpty()) {
            invoices.addAll(jdbc.query(INVOICE_COLUMNS + """
                     where i.invoice_id in (select invoice_id from invoice where structured_communication = any(?::bpchar[])
                                            union
                                            select invoice_id from invoice where invoice_number = any(?))""",
                    InvoiceBalanceMapper.INSTANCE, new SqlArrayValue("text", communications.toArray()),
                    new SqlArrayValue("text", numbers.toArray())));
        }
        Set<String> found = new HashSet<>();
        for (InvoiceBalance invoice : invoices) {
            found.add(invoice.communication());
            found.add(invoice.invoiceNumber());
        }
        List<Object> ibans = new ArrayList<>();
        List<Object> amounts = new ArrayList<>();
        for (StoredLine stored : lines) {
            StatementLine l = stored.line();
            boolean named = stored.reference().map(r -> found.contains(r.digits())).orElse(false)
                    || stored.numbers().stream().anyMatch(found::contains);
            if (l.amount().isPositive() && !named && l.counterpartyIban().isPresent()) {
                ibans.add(l.counterpartyIban().get().value());
                amounts.add(l.amount().amount());
            }
        }
        if (!ibans.isEmpty()) {
            invoices.addAll(jdbc.query(INVOICE_COLUMNS + """
                     where i.invoice_id in (select i.invoice_id from invoice i join client c on c.client_id = i.client_id
                                              join unnest(?, ?) as k(iban, amount)
                                                on c.iban = k.iban and i.amount_incl_vat - i.paid_amount = k.amount
                                             where i.status in ('OPEN', 'PARTIALLY_PAID'))""",
                    InvoiceBalanceMapper.INSTANCE, new SqlArrayValue("text", ibans.toArray()),
                    new SqlArrayValue("numeric", amounts.toArray())));
        }
        return invoices;
    }

    private static final String INVOICE_COLUMNS = """
            select i.invoice_id, i.invoice_number, i.structured_communication, c.iban, i.kind,
                   i.amount_incl_vat, i.paid_amount, i.status, i.paid_on
              from invoice i join client c on c.client_id = i.client_id
            """;

    private enum InvoiceBalanceMapper implements RowMapper<InvoiceBalance> {
        INSTANCE;

        @Override
        public InvoiceBalance mapRow(ResultSet rs, int rowNum) throws SQLException {
            return new InvoiceBalance(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    "CREDIT_NOTE".equals(rs.getString(5)), new Money(rs.getBigDecimal(6)), new Money(rs.getBigDecimal(7)),
                    InvoiceStatus.valueOf(rs.getString(8)), rs.getObject(9, LocalDate.class));
        }
    }

    private int insertPayments(List<Payment> payments, LocalDate businessDate) {
        if (payments.isEmpty()) {
            return 0;
        }
        int n = payments.size();
        Object[] statementId = new Object[n];
        Object[] lineNo = new Object[n];
        Object[] invoiceId = new Object[n];
        Object[] amount = new Object[n];
        Object[] applied = new Object[n];
        Object[] suspense = new Object[n];
        Object[] paidOn = new Object[n];
        Object[] status = new Object[n];
        Object[] rule = new Object[n];
        Object[] reason = new Object[n];
        for (int i = 0; i < n; i++) {
            Payment p = payments.get(i);
            PaymentDecision d = p.decision();
            statementId[i] = p.line().statementId();
            lineNo[i] = p.line().line().lineNumber();
            invoiceId[i] = d.invoiceId();
            amount[i] = d.amount().amount();
            applied[i] = d.applied().amount();
            suspense[i] = d.suspense().amount();
            paidOn[i] = p.line().valueDate().toString();
            status[i] = d.status().name();
            rule[i] = d.rule() == null ? null : d.rule().name();
            reason[i] = d.reason();
        }
        return jdbc.update("""
                insert into payment (statement_id, line_no, invoice_id, amount, applied_amount, suspense_amount,
                                     paid_on, status, match_rule, reason, business_date)
                select t.statement_id, t.line_no, t.invoice_id, t.amount, t.applied, t.suspense, t.paid_on::date,
                       t.status, t.rule, t.reason, ?
                  from unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                       as t(statement_id, line_no, invoice_id, amount, applied, suspense, paid_on, status, rule, reason)""",
                businessDate, new SqlArrayValue("int8", statementId), new SqlArrayValue("int4", lineNo),
                new SqlArrayValue("int8", invoiceId), new SqlArrayValue("numeric", amount),
                new SqlArrayValue("numeric", applied), new SqlArrayValue("numeric", suspense),
                new SqlArrayValue("text", paidOn), new SqlArrayValue("text", status), new SqlArrayValue("text", rule),
                new SqlArrayValue("text", reason));
    }

    private void updateInvoices(List<InvoiceBalance> invoices) {
        if (invoices.isEmpty()) {
            return;
        }
        int n = invoices.size();
        Object[] id = new Object[n];
        Object[] paid = new Object[n];
        Object[] status = new Object[n];
        Object[] paidOn = new Object[n];
        for (int i = 0; i < n; i++) {
            InvoiceBalance invoice = invoices.get(i);
            id[i] = invoice.invoiceId();
            paid[i] = invoice.paidAmount().amount();
            status[i] = invoice.status().name();
            paidOn[i] = invoice.paidOn() == null ? null : invoice.paidOn().toString();
        }
        jdbc.update("""
                update invoice i set paid_amount = t.paid, status = t.status, paid_on = t.paid_on::date
                  from unnest(?, ?, ?, ?) as t(invoice_id, paid, status, paid_on)
                 where i.invoice_id = t.invoice_id""",
                new SqlArrayValue("int8", id), new SqlArrayValue("numeric", paid), new SqlArrayValue("text", status),
                new SqlArrayValue("text", paidOn));
    }

    /**
     * The guarantee that no line is lost or counted twice: a payment row's key is its line's key
     * (primary key; the line must exist, checked per statement by {@code payment_line_inserted}), so
     * as many payment rows as lines, all written for this file's new statements, means exactly one per
     * line.
     */
    private static void requireOnePaymentPerLine(String fileName, int linesRead, int linesStored, int paymentsStored) {
        if (linesStored != linesRead || paymentsStored != linesRead) {
            throw new IllegalStateException(fileName + ": " + linesRead + " statement lines read, " + linesStored
                    + " stored, " + paymentsStored + " payments: every line must have exactly one payment row");
        }
    }

    private void insertFileRow(LocalDate businessDate, FileOutcome o) {
        jdbc.update("""
                insert into bank_statement_file (business_date, file_name, outcome, statements, statements_refused, lines,
                                                 matched, partial, suspense)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", businessDate, o.fileName(), o.refused() ? "REFUSED" : "IMPORTED",
                o.statements(), o.statementsRefused(), o.lines(), o.matched(), o.partial(), o.suspense());
    }

    /** The refusals and warnings of one file, numbered in the order found. */
    private static final class Rejects {

        private record Row(String action, String account, String sequence, int line, String reason) {
        }

        private final String fileName;
        private final List<Row> rows = new ArrayList<>();

        Rejects(String fileName) {
            this.fileName = fileName;
        }

        void add(String action, String account, String sequence, int line, String reason) {
            rows.add(new Row(action, account, sequence, line, reason));
        }

        void insert(JdbcTemplate jdbc, LocalDate businessDate) {
            if (rows.isEmpty()) {
                return;
            }
            List<Object[]> args = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                args.add(new Object[] {businessDate, fileName, i + 1, r.action(), r.account(), r.sequence(), r.line(), r.reason()});
            }
            jdbc.batchUpdate("""
                    insert into bank_statement_reject (business_date, file_name, problem_no, action, account,
                                                       sequence_no, line, reason)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""", args);
        }
    }
}
