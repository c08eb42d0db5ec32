package be.coop.backoffice.payments.statement;

import be.coop.backoffice.common.InvalidIdentifierException;
import be.coop.backoffice.common.Money;
import be.coop.backoffice.common.StructuredCommunication;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * A CODA movement while it is being read: its record 2.1, then the 2.2 and 2.3 that continue it and
 * the 3.x information records that follow it.
 */
final class CodaMovement {

    /**
     * Where the free communication starts in a type 127 structured communication (SEPA direct debit):
     * after the settlement date (6), the direct debit's type (1), scheme (1) and paid-or-refused code
     * (1), the creditor's identification (35) and the mandate reference (35); 62 characters long.
     */
    private static final int DIRECT_DEBIT_COMMUNICATION = 6 + 1 + 1 + 1 + 35 + 35;

    final int line;
    final int sequence;
    final int detail;
    final String bankReference;
    final Money amount;
    final LocalDate valueDate;
    final LocalDate entryDate;
    final String transactionCode;
    final int globalisationCode;

    private final boolean structured;
    private final String communicationStart;
    private final StringBuilder communicationRest = new StringBuilder();
    private final StringBuilder information = new StringBuilder();
    private String counterpartyBic = "";
    private String counterpartyAccount = "";
    private String counterpartyName = "";

    private CodaMovement(CodaRecord r, Money amount) {
        line = r.line();
        sequence = r.number(3, 6, "continuous sequence number");
        detail = r.number(7, 10, "detail number");
        bankReference = r.text(11, 31);
        this.amount = amount;
        valueDate = r.optionalDate(48, "value date");
        transactionCode = r.text(54, 61);
        char flag = r.charAt(62);
        if (flag != '0' && flag != '1') {
            throw r.malformed("communication type (position 62) must be 0 (free) or 1 (structured): '" + flag + "'");
        }
        structured = flag == '1';
        communicationStart = r.raw(63, 115);
        entryDate = r.date(116, "entry date");
        char glob = r.charAt(125);
        if (glob != ' ' && (glob < '0' || glob > '9')) {
            throw r.malformed("globalisation code (position 125) is not a digit: '" + glob + "'");
        }
        globalisationCode = glob == ' ' ? 0 : glob - '0'; // blank: no globalisation, as 0
    }

    /** Reads a record 2.1; {@code money} turns its exact amount into cents (see the statement builder). */
    static CodaMovement read(CodaRecord r, Function<BigDecimal, Money> money) {
        BigDecimal exact = r.amount(32, 33, "amount");
        return new CodaMovement(r, money.apply(exact));
    }

    boolean continuedBy(CodaRecord r) {
        return r.number(3, 6, "continuous sequence number") == sequence
                && r.number(7, 10, "detail number") == detail;
    }

    /** Record 2.2: communication continued (11–63), counterparty BIC (99–109). */
    void addRecord22(CodaRecord r) {
        communicationRest.append(r.raw(11, 63));
        counterpartyBic = r.text(99, 109);
    }

    /**
     * Record 2.3: counterparty account (11–44, followed by its currency), name (48–82), communication
     * continued (83–125). The account is the first word of the zone: some banks write the currency
     * right after a Belgian number or an IBAN instead of at 45–47. A Belgian account number of 12
     * digits (files from before IBAN) becomes its IBAN, so it can be matched like one.
     */
    void addRecord23(CodaRecord r) {
        String zone = r.text(11, 44);
        counterpartyAccount = zone.isEmpty() ? "" : CodaStatementBuilder.belgianAccount(zone.split("\\s+")[0]);
        counterpartyName = r.text(48, 82);
        communicationRest.append(r.raw(83, 125));
    }

    /**
     * Records 3.1 (communication 41–113, structured when position 40 is 1, then the type is 41–43),
     * 3.2 (11–115) and 3.3 (11–100). The pieces are fixed-width parts of one text, so they are
     * joined as they are: a word may run from one record into the next.
     */
    void addInformation(CodaRecord r) {
        switch (r.charAt(2)) {
            case '1' -> {
                if (r.charAt(40) == '1') {
                    information.append(' ').append(r.raw(41, 43)).append(' ').append(r.raw(44, 113));
                } else {
                    information.append(r.raw(41, 113));
                }
            }
            case '2' -> information.append(r.raw(11, 115));
            default -> information.append(r.raw(11, 100));
        }
    }

    StatementLine toLine(int lineNumber) {
        StructuredCommunication reference = null;
        String text;
        String otherStructured = "";
        String type = communicationStart.substring(0, 3);
        if (structured && (type.equals("101") || type.equals("102"))) {
            String digits = communicationStart.substring(3, 15);
            String rest = Texts.squeeze(communicationStart.substring(15) + communicationRest);
            reference = structuredOrNull(digits);
            if (reference == null) {
                // wrong check digits: keep what the bank wrote, where a person will see it
                String written = digits.matches("[0-9]{12}")
                        ? "+++" + digits.substring(0, 3) + "/" + digits.substring(3, 7) + "/" + digits.substring(7) + "+++"
                        : digits.strip();
                text = (written + " " + rest).strip();
            } else {
                text = rest;
            }
        } else if (structured && type.equals("100")) {
            text = Texts.squeeze(communicationStart.substring(3) + communicationRest); // an ISO 11649 RF reference
        } else if (structured) {
            // another structured kind (card payments, calculations, a direct debit): fixed-width fields
            // whose zeros could read as a structured communication, kept with the information and not
            // searched; but for the free communication a SEPA direct debit (127) carries
            String payload = communicationStart.substring(3) + communicationRest;
            text = type.equals("127") ? Texts.squeeze(field(payload, DIRECT_DEBIT_COMMUNICATION, 62)) : "";
            otherStructured = "structured communication " + type + ": " + payload + " ";
        } else {
            text = Texts.squeeze(communicationStart + communicationRest);
        }
        return new StatementLine(lineNumber, valueDate, entryDate, amount, reference, text,
                counterpartyAccount, counterpartyName, counterpartyBic, bankReference, transactionCode,
                Texts.squeeze(otherStructured + information));
    }

    /** The fixed-width field at {@code start} of {@code length} characters, as far as the text goes. */
    private static String field(String text, int start, int length) {
        return start >= text.length() ? "" : text.substring(start, Math.min(text.length(), start + length));
    }

    private static StructuredCommunication structuredOrNull(String digits) {
        try {
            return StructuredCommunication.parse(digits);
        } catch (InvalidIdentifierException e) {
            return null;
        }
    }
}
