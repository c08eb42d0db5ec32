package be.coop.backoffice.invoicing;

import be.coop.backoffice.common.io.CsvFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The day's invoice register written as a run commits its chunks, from the documents the run has
 * in hand, so the register step need not read back a whole year's invoices on the night they are
 * all issued at once (the year's benchmark) — and the same bytes as the register written from the
 * database ({@link InvoiceRegisterTasklet}), row for row.
 *
 * <p>It is only kept when it is the whole register: opened by a run that found no document issued
 * on its business date yet, and used by the register step only if it holds as many rows as the
 * database holds documents of that date. Anything else (a restarted run, a second run the same
 * day, a failed chunk, a row out of order, a failed write) drops it, and the register is written
 * from the database as before. Rows come in commit order, which is the register's order (structure,
 * then number): the reader reads by structure first and numbers follow the reading order.
 */
final class RegisterJournal implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RegisterJournal.class);

    private final LocalDate businessDate;
    private final Path file;
    private final CsvFile.Open csv;
    private boolean broken;
    private String lastStructure = "";
    private int lastNumber;

    private RegisterJournal(LocalDate businessDate, Path file) {
        this.businessDate = businessDate;
        this.file = file;
        this.csv = CsvFile.open(file, InvoiceRegisterTasklet.REGISTER_HEADER);
    }

    static RegisterJournal open(LocalDate businessDate, Path file) {
        return new RegisterJournal(businessDate, file);
    }

    Path file() {
        return file;
    }

    /** The rows of a chunk just committed, in its order; never throws (the journal is dropped instead). */
    synchronized void committed(List<InvoiceNumbering.Numbered> documents) {
        if (broken) {
            return;
        }
        try {
            for (InvoiceNumbering.Numbered document : documents) {
                InvoiceDraft d = document.draft();
                InvoiceNumber number = document.number();
                int order = d.structureCode().compareTo(lastStructure);
                if (order < 0 || order == 0 && number.numberInYear() <= lastNumber) {
                    drop("document " + number + " comes after " + lastStructure + " " + lastNumber);
                    return;
                }
                lastStructure = d.structureCode();
                lastNumber = number.numberInYear();
                csv.row(number.formatted(), d.kind().name(), d.structureCode(), d.clientId(), d.issueDate(),
                        d.dueDate(), d.amountExclVat(), d.vatAmount(), d.amountInclVat(), d.vatTreatment().name(),
                        number.communication(d.communicationDigit()).formatted(), d.sourceType(), d.sourceId(),
                        d.saleId(), d.creditedInvoiceNumber());
            }
        } catch (RuntimeException e) {
            drop(e.toString());
        }
    }

    /** Something went wrong along the way: the register will be written from the database. */
    synchronized void drop(String reason) {
        if (!broken) {
            broken = true;
            log.info("{} invoicing: the register will be written from the database ({})", businessDate, reason);
        }
    }

    /** Moves the register into place if it holds every document of the day; true if it did. */
    synchronized boolean commitIfWhole(long documentsOfTheDay) {
        if (broken || csv.rows() != documentsOfTheDay) {
            return false;
        }
        csv.commit();
        return true;
    }

    long rows() {
        return csv.rows();
    }

    /** Deletes what was written unless committed. */
    @Override
    public synchronized void close() {
        csv.close();
    }
}
