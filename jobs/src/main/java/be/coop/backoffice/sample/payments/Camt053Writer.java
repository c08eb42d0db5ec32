package be.coop.backoffice.sample.payments;

import be.coop.backoffice.common.Money;
import be.coop.backoffice.common.xml.IndentedXmlWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Writes a {@link SimulatedStatement} as an ISO 20022 camt.053.001.02 document: one {@code Stmt}
 * with its opening ({@code OPBD}) and closing ({@code CLBD}) booked balances and one booked
 * {@code Ntry} per movement with a single {@code TxDtls}: the debtor, its account and bank, and the
 * remittance information, structured ({@code Strd/CdtrRefInf}, type {@code SCOR} issued by
 * {@code BBA}: the Belgian structured communication) or free ({@code Ustrd}).
 */
public final class Camt053Writer {

    private static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02";

    private Camt053Writer() {
    }

    public static byte[] write(SimulatedStatement s) {
        String id = s.account() + "-" + s.date().getYear() + "-" + String.format("%03d", s.sequence());
        String created = s.date() + "T20:00:00";
        IndentedXmlWriter xml = new IndentedXmlWriter();
        xml.start("Document");
        xml.namespace(NAMESPACE);
        xml.start("BkToCstmrStmt");
        xml.start("GrpHdr");
        xml.leaf("MsgId", "SIM-" + id);
        xml.leaf("CreDtTm", created);
        xml.end();
        xml.start("Stmt");
        xml.leaf("Id", id);
        xml.leaf("ElctrncSeqNb", s.sequence());
        xml.leaf("CreDtTm", created);
        xml.start("Acct");
        xml.start("Id");
        xml.leaf("IBAN", s.account());
        xml.end();
        xml.leaf("Ccy", "EUR");
        xml.end();
        balance(xml, "OPBD", s.oldBalance(), s.previousDate());
        balance(xml, "CLBD", s.newBalance(), s.date());
        for (SimulatedStatement.Movement m : s.movements()) {
            entry(xml, s.date(), m);
        }
        xml.end();
        xml.end();
        xml.end();
        return xml.finish().getBytes(StandardCharsets.UTF_8);
    }

    private static void balance(IndentedXmlWriter xml, String type, Money amount, LocalDate date) {
        xml.start("Bal");
        xml.start("Tp");
        xml.start("CdOrPrtry");
        xml.leaf("Cd", type);
        xml.end();
        xml.end();
        amount(xml, amount);
        xml.leaf("CdtDbtInd", amount.isNegative() ? "DBIT" : "CRDT");
        xml.start("Dt");
        xml.leaf("Dt", date);
        xml.end();
        xml.end();
    }

    private static void amount(IndentedXmlWriter xml, Money amount) {
        xml.start("Amt");
        xml.attribute("Ccy", "EUR");
        xml.text(amount.amount().abs().toPlainString());
        xml.end();
    }

    private static void entry(IndentedXmlWriter xml, LocalDate bookingDate, SimulatedStatement.Movement m) {
        boolean debit = m.amount().isNegative();
        String party = debit ? "Cdtr" : "Dbtr";
        xml.start("Ntry");
        amount(xml, m.amount());
        xml.leaf("CdtDbtInd", debit ? "DBIT" : "CRDT");
        xml.leaf("Sts", "BOOK");
        xml.start("BookgDt");
        xml.leaf("Dt", bookingDate);
        xml.end();
        xml.start("ValDt");
        xml.leaf("Dt", m.valueDate());
        xml.end();
        xml.leaf("AcctSvcrRef", m.bankReference());
        xml.start("BkTxCd");
        xml.start("Domn");
        xml.leaf("Cd", "PMNT");
        xml.start("Fmly");
        xml.leaf("Cd", debit ? "CCRD" : "RCDT");
        xml.leaf("SubFmlyCd", debit ? "CHRG" : "ESCT");
        xml.end();
        xml.end();
        xml.end();
        xml.start("NtryDtls");
        xml.start("TxDtls");
        if (!m.counterpartyName().isEmpty() || !m.counterpartyIban().isEmpty()) {
            xml.start("RltdPties");
            if (!m.counterpartyName().isEmpty()) {
                xml.start(party);
                xml.leaf("Nm", m.counterpartyName());
                xml.end();
            }
            if (!m.counterpartyIban().isEmpty()) {
                xml.start(party + "Acct");
                xml.start("Id");
                xml.leaf("IBAN", m.counterpartyIban());
                xml.end();
                xml.end();
            }
            xml.end();
        }
        if (!m.counterpartyBic().isEmpty()) {
            xml.start("RltdAgts");
            xml.start(party + "Agt");
            xml.start("FinInstnId");
            xml.leaf("BIC", m.counterpartyBic());
            xml.end();
            xml.end();
            xml.end();
        }
        if (m.structured() != null || !m.freeText().isEmpty()) {
            xml.start("RmtInf");
            if (m.structured() != null) {
                xml.start("Strd");
                xml.start("CdtrRefInf");
                xml.start("Tp");
                xml.start("CdOrPrtry");
                xml.leaf("Cd", "SCOR");
                xml.end();
                xml.leaf("Issr", "BBA");
                xml.end();
                xml.leaf("Ref", m.structured().digits());
                xml.end();
                xml.end();
            } else {
                xml.leaf("Ustrd", m.freeText());
            }
            xml.end();
        }
        xml.end();
        xml.end();
        xml.end();
    }
}
