package be.coop.backoffice.payments.statement;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A statement file that must not be imported, with every reason found: a record that cannot be read
 * (the parser stops at the first one) or checks that fail (all of them are listed). The message reads
 * {@code sample5.cod refused: line 15: ...; line 16: ...}.
 */
public class StatementRejectedException extends RuntimeException {

    private final String fileName;
    private final List<StatementProblem> problems;

    public StatementRejectedException(String fileName, List<StatementProblem> problems) {
        super(fileName + " refused: " + problems.stream().map(StatementProblem::toString)
                .collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one problem");
        }
        this.fileName = fileName;
        this.problems = List.copyOf(problems);
    }

    public StatementRejectedException(String fileName, int line, String reason) {
        this(fileName, List.of(new StatementProblem(line, reason)));
    }

    public String fileName() {
        return fileName;
    }

    public List<StatementProblem> problems() {
        return problems;
    }
}
