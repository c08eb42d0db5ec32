package be.coop.backoffice.payments;

/**
 * What became of one statement file of the day ({@code bank_statement_file}).
 *
 * @param statements statements imported (those refused alone not included)
 * @param statementsRefused statements refused alone: already imported, or not in euro
 * @param lines      lines of the imported statements: {@code matched + partial + suspense}
 */
public record FileOutcome(String fileName, boolean refused, int statements, int statementsRefused, int lines, int matched,
        int partial, int suspense) {

    public FileOutcome {
        if (lines != matched + partial + suspense) {
            throw new IllegalStateException(fileName + ": " + lines + " lines but " + matched + " matched + "
                    + partial + " partial + " + suspense + " suspense");
        }
    }

    static FileOutcome refused(String fileName) {
        return new FileOutcome(fileName, true, 0, 0, 0, 0, 0, 0);
    }

    @Override
    public String toString() {
        if (refused) {
            return fileName + " refused";
        }
        return String.format("%s: %d statement(s)%s, %d lines = %d matched + %d partial + %d suspense", fileName,
                statements, statementsRefused == 0 ? "" : " (" + statementsRefused + " refused)", lines, matched,
                partial, suspense);
    }
}
