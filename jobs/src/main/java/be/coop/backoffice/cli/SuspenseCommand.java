package be.coop.backoffice.cli;

import be.coop.backoffice.common.Money;
import be.coop.backoffice.payments.SuspenseAllocation.Allocated;
import be.coop.backoffice.payments.SuspenseAllocation.Outcome;
import be.coop.backoffice.payments.SuspenseAllocation.Part;
import be.coop.backoffice.payments.SuspenseRefusedException;
import be.coop.backoffice.payments.SuspenseResolver;
import be.coop.backoffice.payments.SuspenseResolver.Resolution;
import be.coop.backoffice.payments.SuspenseResolver.SuspenseLine;
import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code suspense list} and {@code suspense resolve}: the statement lines matching left to a person. */
@Command(name = "suspense", mixinStandardHelpOptions = true,
        description = {"The statement lines in suspense (not matched, over-paid, debits) and their",
                "resolution by a person (docs/payments.md)."},
        subcommands = {SuspenseCommand.ListCommand.class, SuspenseCommand.ResolveCommand.class})
class SuspenseCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "give a command: list or resolve");
    }

    private static final CSVFormat OUT = CSVFormat.RFC4180.builder().setDelimiter(';').setRecordSeparator("\n").get();

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"The lines waiting in suspense, oldest value date first, as ;-separated",
                    "rows: statement_id;line_no;value_date;amount;suspense_amount;invoice_number;",
                    "counterparty_iban;counterparty_name;communication;reason;file",
                    "(invoice_number: the invoice an over-payment paid). The count and total go",
                    "to standard error."})
    static class ListCommand implements Callable<Integer> {

        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() throws IOException {
            try (ConfigurableApplicationContext context = Backoffice.start(database, Backoffice.ONE_LINE_A_NIGHT)) {
                List<SuspenseLine> lines = resolver(context).open();
                CSVPrinter csv = new CSVPrinter(System.out, OUT);
                csv.printRecord("statement_id", "line_no", "value_date", "amount", "suspense_amount", "invoice_number",
                        "counterparty_iban", "counterparty_name", "communication", "reason", "file");
                Money total = Money.ZERO;
                for (SuspenseLine l : lines) {
                    csv.printRecord(l.statementId(), l.lineNo(), l.valueDate(), l.amount(), l.suspense(),
                            l.invoiceNumber(), l.counterpartyIban(), l.counterpartyName(), l.communication(), l.reason(),
                            l.file());
                    total = total.plus(l.suspense());
                }
                csv.flush();
                System.err.printf("%d line(s) in suspense, %s in all%n", lines.size(), total);
                return 0;
            }
        }
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true,
            description = {"Says where the suspense amount of one statement line goes, in parts",
                    "adding up to it exactly; at most one part without an amount takes the rest.",
                    "An invoice part pays the invoice (in full on the line's value date when",
                    "nothing stays open); more than its open amount is refused. A refund is",
                    "recorded for the treasury to pay back. Examples:",
                    "  suspense resolve --statement 12 --line 3 --invoice PA-2017-000123 --by anne",
                    "  suspense resolve --statement 12 --line 4 --invoice PA-2017-000124=45.00",
                    "      --refund --by anne --note \"asked by phone\"",
                    "  suspense resolve --statement 12 --line 7 --not-a-payment --by anne",
                    "      --note \"bank charges of March\"",
                    "Exit code 0 resolved, 1 refused (nothing written; the reason is printed)."})
    static class ResolveCommand implements Callable<Integer> {

        @Mixin
        DatabaseOptions database;

        @Spec
        CommandSpec spec;

        @Option(names = "--statement", required = true, description = "statement_id of the line (suspense list).")
        long statement;

        @Option(names = "--line", required = true, description = "line_no of the line (suspense list).")
        int line;

        @Option(names = "--invoice", paramLabel = "NUMBER[=AMOUNT]",
                description = "Apply to this invoice (repeatable); without an amount, the rest.")
        List<String> invoices = new ArrayList<>();

        @Option(names = "--refund", arity = "0..1", fallbackValue = "", paramLabel = "AMOUNT",
                description = "Pay back to the payer; without an amount, the rest.")
        String refund;

        @Option(names = "--not-a-payment", arity = "0..1", fallbackValue = "", paramLabel = "AMOUNT",
                description = "No client's payment (bank charges, internal transfer): out of receivables; needs --note.")
        String notAPayment;

        @Option(names = "--by", required = true, description = "Who resolves the line.")
        String by;

        @Option(names = "--on", paramLabel = "YYYY-MM-DD",
                description = "Date of the decision (default: today); not before the line was imported.")
        LocalDate on;

        @Option(names = "--note", description = "Why; kept with the line.")
        String note;

        @Override
        public Integer call() {
            List<Part> parts = parts();
            try (ConfigurableApplicationContext context = Backoffice.start(database, Backoffice.ONE_LINE_A_NIGHT)) {
                List<Allocated> allocated = resolver(context).resolve(new Resolution(statement, line, parts,
                        on != null ? on : LocalDate.now(), by, note));
                print(System.out, allocated);
                return 0;
            } catch (SuspenseRefusedException e) {
                System.err.println("statement " + statement + " line " + line + " not resolved: " + e.getMessage());
                return 1;
            }
        }

        private List<Part> parts() {
            List<Part> parts = new ArrayList<>();
            for (String invoice : invoices) {
                int eq = invoice.indexOf('=');
                parts.add(new Part(Outcome.INVOICE, eq < 0 ? invoice.trim() : invoice.substring(0, eq).trim(),
                        eq < 0 ? null : amount("--invoice", invoice.substring(eq + 1))));
            }
            if (refund != null) {
                parts.add(new Part(Outcome.REFUND, null, refund.isEmpty() ? null : amount("--refund", refund)));
            }
            if (notAPayment != null) {
                parts.add(new Part(Outcome.NOT_A_PAYMENT, null, notAPayment.isEmpty() ? null
                        : amount("--not-a-payment", notAPayment)));
            }
            if (parts.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "give --invoice, --refund or --not-a-payment");
            }
            return parts;
        }

        private Money amount(String option, String text) {
            try {
                return Money.parse(text.trim());
            } catch (RuntimeException e) {
                throw new ParameterException(spec.commandLine(), option + ": '" + text + "' is not an amount like 45.00");
            }
        }

        private void print(PrintStream out, List<Allocated> allocated) {
            out.printf("statement %d line %d resolved by %s:%n", statement, line, by);
            for (Allocated a : allocated) {
                if (a.invoice() != null) {
                    out.printf("  %s to %s, now %s (%s open)%n", a.amount(), a.invoice().invoiceNumber(),
                            a.invoice().status(), a.invoice().open());
                } else {
                    out.printf("  %s %s%n", a.amount(), a.outcome() == Outcome.REFUND ? "to refund" : "not a payment");
                }
            }
        }
    }

    private static SuspenseResolver resolver(ConfigurableApplicationContext context) {
        return new SuspenseResolver(context.getBean(JdbcTemplate.class), context.getBean(PlatformTransactionManager.class));
    }
}
