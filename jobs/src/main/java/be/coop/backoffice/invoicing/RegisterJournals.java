package be.coop.backoffice.invoicing;

/**
 * Hands the register a run wrote as it went ({@link RegisterJournal}) from
 * {@code issueDocumentsStep} to {@code writeInvoiceRegisterStep} of the same job execution. One slot:
 * a context runs one invoicing at a time; a journal left by an execution that never reached its
 * register step is dropped when the next issuing step starts, before it opens its own (both may
 * write the same temporary file).
 */
final class RegisterJournals {

    private long jobExecutionId;
    private RegisterJournal journal;

    /** Drops a journal no register step took. */
    synchronized void dropStale() {
        if (journal != null) {
            journal.close();
            journal = null;
        }
    }

    synchronized void handIn(long jobExecutionId, RegisterJournal journal) {
        dropStale();
        this.jobExecutionId = jobExecutionId;
        this.journal = journal;
    }

    /** The journal of that job execution, if one was handed in; the caller closes it. */
    synchronized RegisterJournal take(long jobExecutionId) {
        if (journal == null || this.jobExecutionId != jobExecutionId) {
            return null;
        }
        RegisterJournal taken = journal;
        journal = null;
        return taken;
    }
}
