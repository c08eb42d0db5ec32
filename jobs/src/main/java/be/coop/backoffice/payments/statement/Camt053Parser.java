package be.coop.backoffice.payments.statement;

import be.coop.backoffice.common.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads an ISO 20022 camt.053 file (BankToCustomerStatement, versions 001.02 and later, whose
 * paths used here are the same once the few renamings are followed: {@code Sts} became
 * {@code Sts/Cd}, {@code Dbtr/Nm} became {@code Dbtr/Pty/Nm}, {@code BIC} became {@code BICFI}):
 * one {@link BankStatement} per {@code Stmt}. Banks moved from .02 to later versions at different
 * times, so every version from .02 on is read (a later one keeps these paths); 001.01 (before the
 * 2009 maintenance) and other messages are refused. The {@code Document} may be the root or sit in
 * an envelope (a business application header's), which may hold several: the statements of all of
 * them are read. A {@code Document} without a namespace is read when it holds a
 * {@code BkToCstmrStmt}.
 *
 * <ul>
 *   <li>sequence number: {@code ElctrncSeqNb}, else {@code LglSeqNb}, else {@code Id};</li>
 *   <li>account: {@code Acct/Id/IBAN} (else {@code Acct/Id/Othr/Id}), currency {@code Acct/Ccy}
 *       (else the currency of the closing balance);</li>
 *   <li>old balance: {@code Bal} of type {@code OPBD} (else {@code PRCD}); new balance: {@code CLBD};
 *       signed by {@code CdtDbtInd} (a balance without one, against the schema, is read as a credit:
 *       the balance check tells whether that was right). A statement with a closing balance only
 *       gets the closing balance less its entries as opening balance, with a note saying so;</li>
 *   <li>entries: each {@code Ntry}; its lines are its {@code NtryDtls/TxDtls} (one line per
 *       {@code TxDtls}, see {@link CamtEntries}), or the entry itself when it has none.</li>
 * </ul>
 * The XML is read without DTD or external entities. A document that is not camt.053, a missing
 * mandatory element, a date or amount that cannot be read refuse the file at once.
 */
public final class Camt053Parser implements StatementParser {

    private static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.";
    private static final Pattern VERSION = Pattern.compile("[0-9]{2,3}");

    @Override
    public List<BankStatement> parse(String fileName, byte[] content) {
        XmlElement root = XmlElement.parse(fileName, content);
        List<XmlElement> documents = root.outermost(Camt053Parser::isStatementDocument);
        if (documents.isEmpty()) {
            String ns = root.namespace();
            throw new StatementRejectedException(fileName, root.line(), "not a camt.053.001.02 (or later) document: root element "
                    + root.name() + (ns.isEmpty() ? "" : " in namespace " + ns));
        }
        List<BankStatement> statements = new ArrayList<>();
        for (XmlElement document : documents) {
            XmlElement message = document.child("BkToCstmrStmt");
            if (message == null || message.children("Stmt").isEmpty()) {
                throw new StatementRejectedException(fileName, document.line(), "no BkToCstmrStmt/Stmt in the document");
            }
            for (XmlElement stmt : message.children("Stmt")) {
                statements.add(statement(fileName, stmt));
            }
        }
        return statements;
    }

    /** A camt.053 {@code Document}: version .02 or later, or without namespace around a BkToCstmrStmt. */
    private static boolean isStatementDocument(XmlElement e) {
        if (!e.name().equals("Document")) {
            return false;
        }
        String ns = e.namespace();
        if (ns.isEmpty()) {
            return e.child("BkToCstmrStmt") != null;
        }
        if (!ns.startsWith(NAMESPACE)) {
            return false;
        }
        String version = ns.substring(NAMESPACE.length());
        return VERSION.matcher(version).matches() && Integer.parseInt(version) >= 2;
    }

    private static BankStatement statement(String fileName, XmlElement stmt) {
        List<StatementProblem> problems = new ArrayList<>();
        List<StatementProblem> notes = new ArrayList<>();
        CamtFields fields = new CamtFields(fileName, problems);
        String id = fields.required(stmt, "identification", "Id");
        String sequence = firstNonEmpty(stmt.text("ElctrncSeqNb"), stmt.text("LglSeqNb"), id);
        String account = firstNonEmpty(stmt.text("Acct", "Id", "IBAN").replace(" ", ""), stmt.text("Acct", "Id", "Othr", "Id"));
        if (account.isEmpty()) {
            throw fields.refuse(stmt, "statement " + id + " has no account Acct/Id/IBAN or Acct/Id/Othr/Id");
        }
        XmlElement closingBal = balance(stmt, "CLBD");
        if (closingBal == null) {
            throw fields.refuse(stmt, "statement " + id + " has no closing booked balance (Bal of type CLBD)");
        }
        XmlElement openingBal = balance(stmt, "OPBD");
        if (openingBal == null) {
            openingBal = balance(stmt, "PRCD");
        }
        XmlElement closingAmt = closingBal.child("Amt");
        String currency = firstNonEmpty(stmt.text("Acct", "Ccy"), closingAmt == null ? "" : closingAmt.attribute("Ccy"));

        Balance newBalance = balanceOf(fields, closingBal, currency, "closing balance");
        CamtEntries entries = new CamtEntries(fields, notes, currency, account, newBalance.date());
        for (XmlElement ntry : stmt.children("Ntry")) {
            entries.add(ntry);
        }
        Balance oldBalance;
        if (openingBal != null) {
            oldBalance = balanceOf(fields, openingBal, currency, "opening balance");
        } else {
            // some banks (Wise) give the closing balance only: the statement cannot check itself, but
            // the import still compares the opening balance with the previous statement's closing one
            Money movements = entries.entries().stream().map(StatementEntry::amount).reduce(Money.ZERO, Money::plus);
            oldBalance = new Balance(newBalance.date(), newBalance.amount().minus(movements), stmt.line());
            notes.add(new StatementProblem(stmt.line(), "statement " + id + " has no opening balance (Bal of type OPBD"
                    + " or PRCD): taken as the closing balance less the entries, " + oldBalance.amount()
                    + "; its own balances check nothing"));
        }
        List<String> messages = stmt.children("AddtlStmtInf").stream()
                .map(e -> e.text()).filter(t -> !t.isEmpty()).toList();
        return new BankStatement(fileName, StatementFormat.CAMT053, account, currency, sequence,
                oldBalance, newBalance, entries.entries(), messages, null, problems, notes);
    }

    private static Balance balanceOf(CamtFields fields, XmlElement bal, String currency, String what) {
        String indicator = bal.child("CdtDbtInd") == null ? "CRDT" : fields.indicator(bal);
        Money amount = fields.signedAmount(bal, indicator, currency, what);
        XmlElement dt = bal.child("Dt");
        if (dt == null) {
            throw fields.refuse(bal, what + " has no date Dt");
        }
        return new Balance(fields.date(dt, what + " date"), amount, bal.line());
    }

    private static XmlElement balance(XmlElement stmt, String code) {
        for (XmlElement bal : stmt.children("Bal")) {
            if (code.equals(bal.text("Tp", "CdOrPrtry", "Cd"))) {
                return bal;
            }
        }
        return null;
    }

    static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return "";
    }
}
