package be.coop.backoffice.invoicing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Gives a run's documents their numbers, chunk after chunk, in the order the chunks are handed in:
 * per structure, the number after the last one given, starting from the structure's
 * {@code invoice_number_counter} as the run found it. The run holds the invoicing lock, so nobody
 * else moves the counters meanwhile.
 *
 * <p>The numbers are given before the chunk is written; each chunk carries the counter moves it
 * must make ({@link Move}), which its transaction applies only if the counter still stands where
 * the chunk expects it, i.e. only once every earlier number of the structure is committed. So
 * whatever fails or is killed, the committed numbers of each structure are 1..n with no gap.
 */
final class InvoiceNumbering {

    /** The structure's counter for {@code year} moves from {@code from} (the last number committed before) to {@code to}. */
    record Move(String structureCode, int year, int from, int to) {
    }

    record Numbered(InvoiceDraft draft, InvoiceNumber number) {
    }

    /** A chunk's documents with their numbers, grouped by structure in code order, and its counter moves. */
    record Batch(List<Numbered> documents, List<Move> moves) {
    }

    private final int year;
    private final ToIntFunction<String> counterAtStart;
    private final Map<String, Integer> lastGiven = new HashMap<>();

    /**
     * @param counterAtStart the structure's last committed number of {@code year} (0 if none), read
     *                       once per structure, when the run first meets it
     */
    InvoiceNumbering(int year, ToIntFunction<String> counterAtStart) {
        this.year = year;
        this.counterAtStart = counterAtStart;
    }

    /** Numbers the drafts: per structure in the order given, structures in code order. */
    Batch number(List<InvoiceDraft> drafts) {
        Map<String, List<InvoiceDraft>> byStructure = new LinkedHashMap<>();
        for (InvoiceDraft draft : drafts) {
            if (draft.issueDate().getYear() != year) {
                throw new IllegalArgumentException("draft of sale " + draft.saleId() + " is issued in "
                        + draft.issueDate().getYear() + ", not in " + year);
            }
            byStructure.computeIfAbsent(draft.structureCode(), s -> new ArrayList<>()).add(draft);
        }
        List<Numbered> numbered = new ArrayList<>(drafts.size());
        List<Move> moves = new ArrayList<>();
        byStructure.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String structure = e.getKey();
            int from = lastGiven.computeIfAbsent(structure, counterAtStart::applyAsInt);
            int next = from;
            for (InvoiceDraft draft : e.getValue()) {
                numbered.add(new Numbered(draft, draft.number(++next)));
            }
            lastGiven.put(structure, next);
            moves.add(new Move(structure, year, from, next));
        });
        return new Batch(numbered, moves);
    }
}
