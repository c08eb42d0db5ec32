package be.coop.backoffice.imports;

import java.nio.file.Path;
import java.time.LocalDate;

/** The job parameters of the import (and of the nightly chain that runs it). */
public final class ImportParameters {

    /** The business date: identifying, so one date is imported once. */
    public static final String BUSINESS_DATE = "businessDate";
    /** The inbox root folder (not identifying): feeds are read from {@code inbox/YYYY-MM-DD/}. */
    public static final String INBOX = "inbox";
    /** The outbox root folder (not identifying): outputs go to {@code outbox/YYYY-MM-DD/}. */
    public static final String OUTBOX = "outbox";

    private ImportParameters() {
    }

    public static Path dayFolder(Path root, LocalDate businessDate) {
        return root.resolve(businessDate.toString());
    }
}
