package be.coop.backoffice.payments.statement;

import be.coop.backoffice.common.InvalidIdentifierException;
import be.coop.backoffice.common.Money;
import be.coop.backoffice.common.StructuredCommunication;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The entries of one camt.053 statement and their lines.
 *
 * <p>Only booked entries are read: an {@code Ntry} whose status ({@code Sts} or {@code Sts/Cd}) is
 * another ({@code PDNG}, {@code INFO}, {@code FUTR}) is not in the closing balance; it is passed
 * over with a note naming it. An entry without a status, against the schema, is taken as booked;
 * one without a booking or value date takes the statement's date.
 *
 * <p>An {@code Ntry} with several {@code TxDtls} gives one line per {@code TxDtls} (a batch booked
 * as one amount, each detail a payment). A batch detail's amount is {@code TxDtls/Amt} (.04 and
 * later), {@code AmtDtls/TxAmt/Amt}, {@code AmtDtls/CntrValAmt/Amt} or {@code AmtDtls/InstdAmt/Amt}:
 * the first in the account currency; its sign is its own {@code CdtDbtInd} when given, else the
 * entry's. An entry with one detail gives one line of the entry's own amount: what was booked (a
 * detail's amount may be the one instructed, before charges).
 *
 * <p>The counterparty is the debtor of a credit and the creditor of a debit, the other way round
 * for a reversal ({@code RvslInd}: the parties keep their roles in the transaction reversed):
 * {@code RltdPties/Dbtr/Nm} or {@code .../Dbtr/Pty/Nm}, {@code DbtrAcct/Id/IBAN},
 * {@code RltdAgts/DbtrAgt/FinInstnId/BIC} or {@code BICFI}. When that party is the statement's own
 * account or is not named at all, and the other one is named and is not the statement's account,
 * the other is taken (a bank may name itself as the debtor of its fees).
 */
final class CamtEntries {

    private final CamtFields fields;
    private final List<StatementProblem> notes;
    private final String currency;
    private final String ownAccount;
    private final LocalDate statementDate;
    private final List<StatementEntry> entries = new ArrayList<>();
    private int lineNumber;

    /**
     * @param notes         where entries passed over are noted
     * @param ownAccount    the statement's account, never its own counterparty
     * @param statementDate the closing balance's date, for an entry without any date
     */
    CamtEntries(CamtFields fields, List<StatementProblem> notes, String currency, String ownAccount,
            LocalDate statementDate) {
        this.fields = fields;
        this.notes = notes;
        this.currency = currency;
        this.ownAccount = ownAccount;
        this.statementDate = statementDate;
    }

    List<StatementEntry> entries() {
        return entries;
    }

    void add(XmlElement ntry) {
        String status = Camt053Parser.firstNonEmpty(ntry.text("Sts", "Cd"), ntry.text("Sts"));
        if (!status.isEmpty() && !status.equals("BOOK")) {
            // read as written: nothing of an entry passed over may refuse the file
            XmlElement amt = ntry.child("Amt");
            notes.add(new StatementProblem(ntry.line(), "entry of " + (ntry.text("CdtDbtInd").equals("DBIT") ? "-" : "")
                    + ntry.text("Amt") + (amt == null || amt.attribute("Ccy").equals(currency) ? "" : " " + amt.attribute("Ccy"))
                    + " has status " + status + ", not booked: not read (a statement's balances hold booked entries only)"));
            return;
        }
        String indicator = fields.indicator(ntry);
        Money amount = fields.signedAmount(ntry, indicator, currency, "entry");
        LocalDate valueDate = fields.date(ntry.child("ValDt"), "value date");
        LocalDate bookingDate = fields.date(ntry.child("BookgDt"), "booking date");
        if (bookingDate == null) {
            bookingDate = valueDate != null ? valueDate : statementDate;
        }
        List<XmlElement> details = new ArrayList<>();
        for (XmlElement ntryDtls : ntry.children("NtryDtls")) {
            details.addAll(ntryDtls.children("TxDtls"));
        }
        String reversalIndicator = ntry.text("RvslInd");
        boolean reversal = reversalIndicator.equals("true") || reversalIndicator.equals("1"); // xs:boolean
        List<StatementLine> lines = new ArrayList<>();
        if (details.size() <= 1) {
            lines.add(line(ntry, details.isEmpty() ? null : details.get(0), amount, reversal, valueDate, bookingDate));
        } else {
            for (XmlElement tx : details) {
                lines.add(line(ntry, tx, detailAmount(tx, indicator), reversal, valueDate, bookingDate));
            }
        }
        entries.add(new StatementEntry(ntry.line(), ntry.text("AcctSvcrRef"), amount, lines));
    }

    private Money detailAmount(XmlElement tx, String entryIndicator) {
        String indicator = tx.child("CdtDbtInd") == null ? entryIndicator : fields.indicator(tx);
        for (XmlElement amt : new XmlElement[] {tx.child("Amt"), tx.find("AmtDtls", "TxAmt", "Amt"),
                tx.find("AmtDtls", "CntrValAmt", "Amt"), tx.find("AmtDtls", "InstdAmt", "Amt")}) {
            if (amt != null && (currency.isEmpty() || currency.equals(amt.attribute("Ccy")))) {
                Money amount = fields.amount(amt, tx, currency, "transaction detail");
                return "DBIT".equals(indicator) ? amount.negate() : amount;
            }
        }
        fields.problems().add(new StatementProblem(tx.line(), "transaction detail of a batch entry has no amount in "
                + currency + " (TxDtls/Amt or AmtDtls/TxAmt, CntrValAmt or InstdAmt)"));
        return Money.ZERO;
    }

    private StatementLine line(XmlElement ntry, XmlElement tx, Money amount, boolean reversal, LocalDate valueDate,
            LocalDate bookingDate) {
        XmlElement source = tx == null ? ntry : tx;
        String party = amount.isNegative() != reversal ? "Cdtr" : "Dbtr";
        String other = party.equals("Cdtr") ? "Dbtr" : "Cdtr";
        if (isUsOrNobody(source, party) && !isUsOrNobody(source, other)) {
            party = other;
        }
        String account = partyAccount(source, party);
        String name = partyName(source, party);
        String bic = Camt053Parser.firstNonEmpty(source.text("RltdAgts", party + "Agt", "FinInstnId", "BIC"),
                source.text("RltdAgts", party + "Agt", "FinInstnId", "BICFI"));
        String bankReference = Camt053Parser.firstNonEmpty(tx == null ? "" : tx.text("Refs", "AcctSvcrRef"), ntry.text("AcctSvcrRef"));
        String code = transactionCode(tx == null ? null : tx.child("BkTxCd"));
        if (code.isEmpty()) {
            code = transactionCode(ntry.child("BkTxCd"));
        }
        String information = Camt053Parser.firstNonEmpty(tx == null ? "" : tx.text("AddtlTxInf"), ntry.text("AddtlNtryInf"));

        StructuredCommunication structured = null;
        StringBuilder communication = new StringBuilder();
        XmlElement rmtInf = source.child("RmtInf");
        if (rmtInf != null) {
            for (XmlElement strd : rmtInf.children("Strd")) {
                String ref = strd.text("CdtrRefInf", "Ref");
                StructuredCommunication belgian = structured == null && !ref.isEmpty() ? belgianOrNull(ref) : null;
                if (belgian != null) {
                    structured = belgian;
                } else if (!ref.isEmpty()) {
                    communication.append(ref).append(' ');
                }
                // the documents paid (an invoice number) and the payer's own words, for the other rules
                for (XmlElement document : strd.children("RfrdDocInf")) {
                    communication.append(document.text("Nb")).append(' ');
                }
                for (XmlElement text : strd.children("AddtlRmtInf")) {
                    communication.append(text.text()).append(' ');
                }
            }
            for (XmlElement ustrd : rmtInf.children("Ustrd")) {
                communication.append(ustrd.text()).append(' ');
            }
        }
        return new StatementLine(++lineNumber, valueDate, bookingDate, amount, structured,
                Texts.squeeze(communication.toString()), account, name, bic, bankReference, code,
                Texts.squeeze(information));
    }

    /** Whether the party is the statement's own account, or named by neither a name nor an account. */
    private boolean isUsOrNobody(XmlElement source, String party) {
        String account = partyAccount(source, party);
        return account.equals(ownAccount) || (account.isEmpty() && partyName(source, party).isEmpty());
    }

    private static String partyName(XmlElement source, String party) {
        return Camt053Parser.firstNonEmpty(source.text("RltdPties", party, "Nm"), source.text("RltdPties", party, "Pty", "Nm"));
    }

    private static String partyAccount(XmlElement source, String party) {
        return Camt053Parser.firstNonEmpty(source.text("RltdPties", party + "Acct", "Id", "IBAN").replace(" ", ""),
                source.text("RltdPties", party + "Acct", "Id", "Othr", "Id"));
    }

    /** A Belgian structured communication (12 digits, with or without {@code +++} and slashes) with valid check digits. */
    private static StructuredCommunication belgianOrNull(String ref) {
        if (!ref.replaceAll("[+*/.\\s]", "").matches("[0-9]{12}")) {
            return null;
        }
        try {
            return StructuredCommunication.parse(ref);
        } catch (InvalidIdentifierException e) {
            return null;
        }
    }

    /** {@code Domn/Cd}/{@code Fmly/Cd}/{@code SubFmlyCd}, else the proprietary code. */
    private static String transactionCode(XmlElement bkTxCd) {
        if (bkTxCd == null) {
            return "";
        }
        String domain = bkTxCd.text("Domn", "Cd");
        if (!domain.isEmpty()) {
            return domain + "/" + bkTxCd.text("Domn", "Fmly", "Cd") + "/" + bkTxCd.text("Domn", "Fmly", "SubFmlyCd");
        }
        return bkTxCd.text("Prtry", "Cd");
    }
}
