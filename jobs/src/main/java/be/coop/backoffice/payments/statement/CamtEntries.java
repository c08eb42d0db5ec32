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
 * <p>An {@code Ntry} with {@code TxDtls} gives one line per {@code TxDtls} (a batch booked as one
 * amount, each detail a payment). A detail's amount is {@code TxDtls/Amt} (.04 and later) or
 * {@code AmtDtls/TxAmt/Amt}, or {@code AmtDtls/CntrValAmt/Amt}: the first in the account currency; a
 * single detail without one takes the entry amount. Its sign is its own {@code CdtDbtInd} when given,
 * else the entry's. The counterparty is the debtor of a credit and the creditor of a debit
 * ({@code RltdPties/Dbtr/Nm} or {@code .../Dbtr/Pty/Nm}, {@code DbtrAcct/Id/IBAN},
 * {@code RltdAgts/DbtrAgt/FinInstnId/BIC} or {@code BICFI}). An entry whose status is not
 * {@code BOOK} is noted as a problem: a statement holds booked entries only.
 */
final class CamtEntries {

    private final CamtFields fields;
    private final String currency;
    private final List<StatementEntry> entries = new ArrayList<>();
    private int lineNumber;

    CamtEntries(CamtFields fields, String currency) {
        this.fields = fields;
        this.currency = currency;
    }

    List<StatementEntry> entries() {
        return entries;
    }

    void add(XmlElement ntry) {
        String indicator = fields.indicator(ntry);
        Money amount = fields.signedAmount(ntry, indicator, currency, "entry");
        String status = Camt053Parser.firstNonEmpty(ntry.text("Sts", "Cd"), ntry.text("Sts"));
        if (!status.equals("BOOK")) {
            fields.problems().add(new StatementProblem(ntry.line(), "entry status is '" + status
                    + "', a statement holds booked entries (BOOK) only"));
        }
        LocalDate valueDate = fields.date(ntry.child("ValDt"), "value date");
        LocalDate bookingDate = fields.date(ntry.child("BookgDt"), "booking date");
        if (bookingDate == null) {
            bookingDate = valueDate;
        }
        if (bookingDate == null) {
            throw fields.refuse(ntry, "entry has neither a booking date BookgDt nor a value date ValDt");
        }
        List<XmlElement> details = new ArrayList<>();
        for (XmlElement ntryDtls : ntry.children("NtryDtls")) {
            details.addAll(ntryDtls.children("TxDtls"));
        }
        List<StatementLine> lines = new ArrayList<>();
        if (details.isEmpty()) {
            lines.add(line(ntry, null, amount, valueDate, bookingDate));
        } else {
            for (XmlElement tx : details) {
                lines.add(line(ntry, tx, detailAmount(tx, indicator, amount, details.size()), valueDate, bookingDate));
            }
        }
        entries.add(new StatementEntry(ntry.line(), ntry.text("AcctSvcrRef"), amount, lines));
    }

    private Money detailAmount(XmlElement tx, String entryIndicator, Money entryAmount, int detailCount) {
        String indicator = tx.child("CdtDbtInd") == null ? entryIndicator : fields.indicator(tx);
        for (XmlElement amt : new XmlElement[] {tx.child("Amt"), tx.find("AmtDtls", "TxAmt", "Amt"),
                tx.find("AmtDtls", "CntrValAmt", "Amt")}) {
            if (amt != null && (currency.isEmpty() || currency.equals(amt.attribute("Ccy")))) {
                Money amount = fields.amount(amt, tx, currency, "transaction detail");
                return "DBIT".equals(indicator) ? amount.negate() : amount;
            }
        }
        if (detailCount == 1) {
            return entryAmount;
        }
        fields.problems().add(new StatementProblem(tx.line(), "transaction detail of a batch entry has no amount in "
                + currency + " (TxDtls/Amt or AmtDtls/TxAmt/Amt)"));
        return Money.ZERO;
    }

    private StatementLine line(XmlElement ntry, XmlElement tx, Money amount, LocalDate valueDate, LocalDate bookingDate) {
        XmlElement source = tx == null ? ntry : tx;
        String party = amount.isNegative() ? "Cdtr" : "Dbtr";
        String name = Camt053Parser.firstNonEmpty(source.text("RltdPties", party, "Nm"), source.text("RltdPties", party, "Pty", "Nm"));
        String account = Camt053Parser.firstNonEmpty(source.text("RltdPties", party + "Acct", "Id", "IBAN").replace(" ", ""),
                source.text("RltdPties", party + "Acct", "Id", "Othr", "Id"));
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
                if (ref.isEmpty()) {
                    continue;
                }
                StructuredCommunication belgian = structured == null ? belgianOrNull(ref) : null;
                if (belgian != null) {
                    structured = belgian;
                } else {
                    communication.append(ref).append(' ');
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
