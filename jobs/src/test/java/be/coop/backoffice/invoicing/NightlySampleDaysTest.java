package be.coop.backoffice.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import be.coop.backoffice.cli.BackofficeCli;
import be.coop.backoffice.testing.SampleData;
import be.coop.backoffice.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the command line runs the nightly chain (import, then invoicing) over the three
 * committed sample days; the invoice registers it writes and the summary it prints are checked.
 */
class NightlySampleDaysTest {

    private static final String HEADER = "invoice_number;kind;structure;client_id;issue_date;due_date;amount_excl_vat;"
            + "vat_amount;amount_incl_vat;vat_treatment;structured_communication;source_type;source_id;sale_id;"
            + "credited_invoice_number";

    @TempDir
    Path home;

    @Test
    void theSampleDaysAreInvoicedThenTheCancelledSaleCredited() throws Exception {
        String url = TestDatabase.newDatabase("nightly_sample");
        Path outbox = home.resolve("outbox");
        String[] common = {"--db", url, "--db-user", "postgres", "--home", home.toString(),
                "--inbox", SampleData.inbox().toString(), "--outbox", outbox.toString()};

        assertThat(BackofficeCli.execute(concat(new String[] {"replay", "--from", "2017-01-02", "--to", "2017-01-03"},
                common))).isZero();
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            exit = BackofficeCli.execute(concat(new String[] {"nightly", "--date", "2017-01-04"}, common));
        } finally {
            System.setOut(console);
        }

        assertThat(exit).isZero();
        assertThat(Files.readAllLines(outbox.resolve("2017-01-02/invoices.csv"))).containsExactly(HEADER,
                "FA-2017-000001;INVOICE;FA;C000002;2017-01-02;2017-02-16;600.00;0.00;600.00;EXEMPT_TRAINING;+++317/0000/00137+++;ACTIVITY;A000002;S000003;",
                "PA-2017-000001;INVOICE;PA;C000001;2017-01-02;2017-02-01;1250.00;262.50;1512.50;BE_21;+++117/0000/00166+++;ACTIVITY;A000001;S000001;",
                "PA-2017-000002;INVOICE;PA;C000003;2017-01-02;2017-02-01;800.00;0.00;800.00;REVERSE_CHARGE;+++117/0000/00267+++;ACTIVITY;A000001;S000002;");
        assertThat(Files.readAllLines(outbox.resolve("2017-01-03/invoices.csv"))).containsExactly(HEADER,
                "PA-2017-000003;INVOICE;PA;C000002;2017-01-03;2017-02-17;262.40;55.10;317.50;BE_21;+++117/0000/00368+++;CONTRACT;K000002;S000005;",
                "PA-2017-000004;INVOICE;PA;C000001;2017-01-03;2017-02-02;310.00;65.10;375.10;BE_21;+++117/0000/00469+++;ACTIVITY;A000001;S000007;");
        assertThat(Files.readAllLines(outbox.resolve("2017-01-04/invoices.csv"))).containsExactly(HEADER,
                "PA-2017-000005;CREDIT_NOTE;PA;C000003;2017-01-04;2017-01-04;-800.00;0.00;-800.00;REVERSE_CHARGE;+++117/0000/00570+++;ACTIVITY;A000001;S000002;PA-2017-000002");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains(
                "  invoicing: 0 invoices, 1 credit note, 0 sales refused; excl. VAT -800.00, VAT 0.00, incl. VAT -800.00");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
