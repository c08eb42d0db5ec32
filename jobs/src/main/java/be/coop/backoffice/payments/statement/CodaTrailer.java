package be.coop.backoffice.payments.statement;

import be.coop.backoffice.common.Money;

/**
 * What the CODA trailer record 9 declares, and what the parser counted, for {@link StatementCheck}.
 *
 * @param sourceLine       line of the record 9
 * @param declaredRecords  record count of positions 17–22 (records 1 to 8 of the statement)
 * @param countedRecords   records 1, 2.x, 3.x, 4 and 8 the parser read between the header and the trailer
 * @param declaredDebit    debit total of positions 23–37 (positive)
 * @param declaredCredit   credit total of positions 38–52 (positive)
 */
public record CodaTrailer(int sourceLine, int declaredRecords, int countedRecords,
        Money declaredDebit, Money declaredCredit) {
}
