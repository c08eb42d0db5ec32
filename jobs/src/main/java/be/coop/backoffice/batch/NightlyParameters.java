package be.coop.backoffice.batch;

import java.nio.file.Path;
import java.time.LocalDate;

/** The job parameters of the nightly chain, passed on to every job it runs. */
public final class NightlyParameters {

    /** The business date: identifying, so one date is imported once. */
    public static final String BUSINESS_DATE = "businessDate";
    /** The inbox root folder (not identifying): feeds are read from {@code inbox/YYYY-MM-DD/}. */
    public static final String INBOX = "inbox";
    /** The outbox root folder (not identifying): outputs go to {@code outbox/YYYY-MM-DD/}. */
    public static final String OUTBOX = "outbox";

    private NightlyParameters() {
    }

    public static Path dayFolder(Path root, LocalDate businessDate) {
        return root.resolve(businessDate.toString());
    }
}
