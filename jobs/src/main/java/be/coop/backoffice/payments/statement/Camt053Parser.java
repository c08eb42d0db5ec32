package be.coop.backoffice.payments.statement;

import be.coop.backoffice.common.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads an ISO 20022 camt.053 file (BankToCustomerStatement, versions 001.02 to 001.13, whose
 * paths used here are the same once the few renamings are followed: {@code Sts} became
 * {@code Sts/Cd}, {@code Dbtr/Nm} became {@code Dbtr/Pty/Nm}, {@code BIC} became {@code BICFI}):
 * one {@link BankStatement} per {@code Stmt}. Banks moved from .02 to later versions at different
 * times, so every published version of the message is read; 001.01 (before the 2009 maintenance)
 * and other messages are refused.
 *
 * <ul>
 *   <li>sequence number: {@code ElctrncSeqNb}, else {@code LglSeqNb}, else {@code Id};</li>
 *   <li>account: {@code Acct/Id/IBAN} (else {@code Acct/Id/Othr/Id}), currency {@code Acct/Ccy}
 *       (else the currency of the closing balance);</li>
 *   <li>old balance: {@code Bal} of type {@code OPBD} (else {@code PRCD}); new balance: {@code CLBD};
 *       signed by {@code CdtDbtInd};</li>
 *   <li>entries: each {@code Ntry}; its lines are its {@code NtryDtls/TxDtls} (one line per
 *       {@code TxDtls}, see {@link CamtEntries}), or the entry itself when it has none.</li>
 * </ul>
 * The XML is read without DTD or external entities. A document that is not camt.053, a missing
 * mandatory element, a date or amount that cannot be read refuse the file at once.
 */
public final class Camt053Parser implements StatementParser {

    private static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.";
    private static final Set<String> VERSIONS =
            Set.of("02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13");

    @Override
    public List<BankStatement> parse(String fileName, byte[] content) {
        XmlElement document = XmlElement.parse(fileName, content);
        String ns = document.namespace();
        if (!document.name().equals("Document") || !ns.startsWith(NAMESPACE)
                || !VERSIONS.contains(ns.substring(NAMESPACE.length()))) {
            throw new StatementRejectedException(fileName, document.line(), "not a camt.053.001.02 to .13 document: root element "
                    + document.name() + (ns.isEmpty() ? "" : " in namespace " + ns));
        }
        XmlElement message = document.child("BkToCstmrStmt");
        if (message == null || message.children("Stmt").isEmpty()) {
            throw new StatementRejectedException(fileName, document.line(), "no BkToCstmrStmt/Stmt in the document");
        }
        List<BankStatement> statements = new ArrayList<>();
        for (XmlElement stmt : message.children("Stmt")) {
            statements.add(statement(fileName, stmt));
        }
        return statements;
    }

    private static BankStatement statement(String fileName, XmlElement stmt) {
        List<StatementProblem> problems = new ArrayList<>();
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
        if (openingBal == null) {
            throw fields.refuse(stmt, "statement " + id + " has no opening booked balance (Bal of type OPBD or PRCD)");
        }
        XmlElement closingAmt = closingBal.child("Amt");
        String currency = firstNonEmpty(stmt.text("Acct", "Ccy"), closingAmt == null ? "" : closingAmt.attribute("Ccy"));

        Balance oldBalance = balanceOf(fields, openingBal, currency, "opening balance");
        Balance newBalance = balanceOf(fields, closingBal, currency, "closing balance");
        CamtEntries entries = new CamtEntries(fields, currency);
        for (XmlElement ntry : stmt.children("Ntry")) {
            entries.add(ntry);
        }
        List<String> messages = stmt.children("AddtlStmtInf").stream()
                .map(e -> e.text()).filter(t -> !t.isEmpty()).toList();
        return new BankStatement(fileName, StatementFormat.CAMT053, account, currency, sequence,
                oldBalance, newBalance, entries.entries(), messages, null, problems);
    }

    private static Balance balanceOf(CamtFields fields, XmlElement bal, String currency, String what) {
        Money amount = fields.signedAmount(bal, fields.indicator(bal), currency, what);
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
