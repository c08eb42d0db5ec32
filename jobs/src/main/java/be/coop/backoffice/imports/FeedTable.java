package be.coop.backoffice.imports;

import java.time.LocalDate;
import java.util.List;

/**
 * Writes the accepted rows of one chunk of a feed to its table. Checks that need the database
 * (unknown references, duplicates, a national number that is not the member's) are made here a
 * chunk at a time, never a query per row; a row failing them goes to {@code rejects} instead.
 *
 * @return the number of rows written (inserted, amended or cancelled)
 */
public interface FeedTable<T> {

    int write(List<RowOutcome.Accepted<T>> rows, LocalDate businessDate, Rejects rejects);
}
