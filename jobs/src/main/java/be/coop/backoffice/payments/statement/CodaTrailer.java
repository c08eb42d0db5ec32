package be.coop.backoffice.payments.statement;

import be.coop.backoffice.common.Money;

/**
 * What the CODA trailer record 9 declares, and what the parser counted, for {@link StatementCheck}.
 *
 * @param sourceLine       line of the record 9
 * @param declaredRecords  record count of positions 17–22 (records 1 to 8 of the statement)
 * @param countedRecords   records 1, 2.x, 3.x, 4 and 8 the parser read between the header and the trailer
 * @param countedMessages  of those, the free-message records 4
 * @param declaredDebit    debit total of positions 23–37 (positive)
 * @param declaredCredit   credit total of positions 38–52 (positive)
 */
public record CodaTrailer(int sourceLine, int declaredRecords, int countedRecords, int countedMessages,
        Money declaredDebit, Money declaredCredit) {

    /**
     * Whether the declared count is the records read. Banks differ on the free-message records 4:
     * the Febelfin layout names records 1, 2, 3 and 8, some banks count the records 4 too (the
     * public {@code sample6.cod} does). Both counts are accepted; any other means records are
     * missing or extra, and the statement is refused.
     */
    public boolean countMatches() {
        return declaredRecords == countedRecords || declaredRecords == countedRecords - countedMessages;
    }
}
