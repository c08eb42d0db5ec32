package be.coop.backoffice.payments;

import be.coop.backoffice.payments.statement.BankStatement;
import be.coop.backoffice.payments.statement.StatementRejectedException;
import java.util.List;

/**
 * A statement file read and checked, before anything of it is written: its statements, or the
 * refusal that names every problem. Reading needs no database, so the import may read the next file
 * while the current one is written ({@link StatementReadAhead}).
 *
 * @param statements the checked statements; empty when refused
 * @param refusal    why the file is refused whole; null when it passed the checks
 */
public record StatementFile(String fileName, List<BankStatement> statements, StatementRejectedException refusal) {

    public StatementFile {
        statements = List.copyOf(statements);
    }

    public boolean refused() {
        return refusal != null;
    }
}
