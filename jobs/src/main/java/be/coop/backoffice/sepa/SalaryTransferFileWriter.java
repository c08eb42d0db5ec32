package be.coop.backoffice.sepa;

import be.coop.backoffice.common.io.AtomicFile;
import be.coop.backoffice.common.xml.SchemaCheck;
import be.coop.backoffice.common.xml.IndentedXmlWriter;
import be.coop.backoffice.common.Iban;
import be.coop.backoffice.common.InvalidIdentifierException;
import be.coop.backoffice.common.Money;
import be.coop.backoffice.sepa.InvalidTransferException.Rejection;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a {@link PaymentBatch} as a pain.001.001.03 customer credit transfer initiation: one
 * group header, one payment information block (the debtor account, the requested execution date,
 * SEPA service level, category purpose {@code SALA}), one credit transfer per salary.
 *
 * <p>The number of transactions and the control sum are written in both the group header and the
 * payment information; the control sum is the sum of the transfers' amounts, each already rounded
 * to the cent. Names and remittance texts are reduced to the EPC basic Latin character set
 * (accents dropped, other characters replaced by a space) so every SEPA bank accepts them.
 *
 * <p>Nothing is written unless the whole batch is valid: each transfer needs a valid IBAN, a
 * positive amount, a name (at most 70 characters, the EPC limit), a unique payslip id (the
 * end-to-end id, at most 35 characters); then the document is validated against the schema shipped
 * in the jar and every error is traced back to its transfer. A refusal raises
 * {@link InvalidTransferException} naming each payslip and member.
 */
public final class SalaryTransferFileWriter {

    static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";
    static final String SCHEMA = "/xsd/sepa/pain.001.001.03.xsd";
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    // compiled once: two texts of every transfer go through them
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern OUTSIDE_LATIN = Pattern.compile("[^a-zA-Z0-9/\\-?:().,'+ ]");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private final SchemaCheck schema = new SchemaCheck(SCHEMA);

    /** The validated document of one batch: the batch's message id names both the message and its payment. */
    public String toXml(PaymentBatch batch) {
        return toXml(batch.messageId(), batch.createdAt(), List.of(batch));
    }

    /**
     * The validated document of several batches (one payment information block each, identified
     * by its batch's message id) under one group header: {@code messageId}, {@code createdAt},
     * the number of transactions and the control sum of the whole file. An end-to-end id may
     * appear once in the whole file.
     */
    public String toXml(String messageId, LocalDateTime createdAt, List<PaymentBatch> batches) {
        Header header = check(messageId, createdAt, batches);
        IndentedXmlWriter xml = new IndentedXmlWriter();
        List<SalaryTransfer> all = new ArrayList<>();
        int[] transferLines = document(xml, messageId, createdAt, batches, header, all);
        String document = xml.finish();
        refuse(messageId, schema.errors(document), transferLines, all);
        return document;
    }

    /** Validates, then writes the document to {@code target} (replacing it), all or nothing. */
    public void write(PaymentBatch batch, Path target) {
        write(batch.messageId(), batch.createdAt(), List.of(batch), target);
    }

    /** Validates, then writes the document of several batches to {@code target}, all or nothing. */
    public void write(String messageId, LocalDateTime createdAt, List<PaymentBatch> batches, Path target) {
        try (AtomicFile.Pending file = AtomicFile.create(target)) {
            write(messageId, createdAt, batches, file);
            file.commit();
        }
    }

    /**
     * Streams the document into {@code file} and validates it as written there, left for the caller
     * to commit; refused, nothing is committed (the same checks as {@link #toXml(String, LocalDateTime, List)}).
     */
    public void write(String messageId, LocalDateTime createdAt, List<PaymentBatch> batches, AtomicFile.Pending file) {
        Header header = check(messageId, createdAt, batches);
        IndentedXmlWriter xml = new IndentedXmlWriter(file.writer());
        List<SalaryTransfer> all = new ArrayList<>();
        int[] transferLines = document(xml, messageId, createdAt, batches, header, all);
        xml.finishInto();
        refuse(messageId, schema.errors(file.written()), transferLines, all);
    }

    /** The group header's figures: the number of transfers and their control sum. */
    private record Header(int count, Money controlSum) {
    }

    /** The checks made before the document is written; returns the header's figures. */
    private static Header check(String messageId, LocalDateTime createdAt, List<PaymentBatch> batches) {
        Objects.requireNonNull(createdAt, "createdAt");
        List<Rejection> rejections = new ArrayList<>();
        if (batches.isEmpty() || batches.stream().allMatch(b -> b.transfers().isEmpty())) {
            rejections.add(new Rejection(null, null, "a salary transfer file holds at least one transfer"));
        }
        Set<String> endToEndIds = new HashSet<>();
        Set<String> paymentIds = new HashSet<>();
        Money controlSum = Money.ZERO;
        int count = 0;
        for (PaymentBatch batch : batches) {
            Objects.requireNonNull(batch.debtor(), "debtor");
            Objects.requireNonNull(batch.executionDate(), "executionDate");
            if (batch.transfers().isEmpty() && batches.size() > 1) {
                rejections.add(new Rejection(null, null, "payment " + batch.messageId() + " holds no transfer"));
            }
            if (!paymentIds.add(batch.messageId())) {
                rejections.add(new Rejection(null, null, "payment id " + batch.messageId() + " given twice"));
            }
            for (SalaryTransfer transfer : batch.transfers()) {
                check(transfer, endToEndIds, rejections);
                if (transfer.amount() != null) {
                    controlSum = controlSum.plus(transfer.amount());
                }
                count++;
            }
        }
        if (!rejections.isEmpty()) {
            throw new InvalidTransferException(messageId, rejections);
        }
        return new Header(count, controlSum);
    }

    /** Writes the document; returns the line each transfer starts on, the transfers in {@code all}. */
    private static int[] document(IndentedXmlWriter xml, String messageId, LocalDateTime createdAt,
                                  List<PaymentBatch> batches, Header header, List<SalaryTransfer> all) {
        xml.start("Document");
        xml.namespace(NAMESPACE);
        xml.start("CstmrCdtTrfInitn");
        xml.start("GrpHdr");
        xml.leaf("MsgId", messageId);
        xml.leaf("CreDtTm", createdAt.format(CREATED));
        xml.leaf("NbOfTxs", Integer.toString(header.count()));
        xml.leaf("CtrlSum", header.controlSum());
        xml.start("InitgPty");
        xml.leaf("Nm", latin(batches.get(0).debtor().name()));
        xml.end();
        xml.end();
        List<Integer> lines = new ArrayList<>();
        for (PaymentBatch batch : batches) {
            payment(xml, batch, all, lines);
        }
        xml.end();
        xml.end();
        return lines.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Throws with the schema's errors, each traced to the transfer of its line, if there is any. */
    private static void refuse(String messageId, List<SchemaCheck.Error> schemaErrors, int[] transferLines,
                               List<SalaryTransfer> all) {
        List<Rejection> rejections = new ArrayList<>();
        for (SchemaCheck.Error error : schemaErrors) {
            rejections.add(rejectionAt(error, transferLines, all));
        }
        if (!rejections.isEmpty()) {
            throw new InvalidTransferException(messageId, rejections);
        }
    }

    /** One {@code <PmtInf>}: the batch's debtor, execution date and transfers. */
    private static void payment(IndentedXmlWriter xml, PaymentBatch batch, List<SalaryTransfer> all, List<Integer> lines) {
        Money sum = Money.ZERO;
        for (SalaryTransfer transfer : batch.transfers()) {
            sum = sum.plus(transfer.amount());
        }
        xml.start("PmtInf");
        xml.leaf("PmtInfId", batch.messageId());
        xml.leaf("PmtMtd", "TRF");
        xml.leaf("BtchBookg", "true");
        xml.leaf("NbOfTxs", Integer.toString(batch.transfers().size()));
        xml.leaf("CtrlSum", sum);
        xml.start("PmtTpInf");
        xml.start("SvcLvl");
        xml.leaf("Cd", "SEPA");
        xml.end();
        xml.start("CtgyPurp");
        xml.leaf("Cd", "SALA");
        xml.end();
        xml.end();
        xml.leaf("ReqdExctnDt", batch.executionDate());
        xml.start("Dbtr");
        xml.leaf("Nm", latin(batch.debtor().name()));
        xml.end();
        account(xml, "DbtrAcct", batch.debtor().iban());
        xml.start("DbtrAgt");
        xml.start("FinInstnId");
        xml.leaf("BIC", batch.debtor().bic());
        xml.end();
        xml.end();
        xml.leaf("ChrgBr", "SLEV");
        for (SalaryTransfer transfer : batch.transfers()) {
            lines.add(transfer(xml, transfer));
            all.add(transfer);
        }
        xml.end();
    }

    private static void check(SalaryTransfer transfer, Set<String> endToEndIds, List<Rejection> rejections) {
        String payslip = transfer.payslipId();
        String member = transfer.memberName();
        if (payslip == null || payslip.isBlank() || payslip.length() > 35) {
            rejections.add(new Rejection(String.valueOf(payslip), member, "payslip id must have 1 to 35 characters (end-to-end id)"));
        } else if (!endToEndIds.add(payslip)) {
            rejections.add(new Rejection(payslip, member, "payslip paid twice in the same file"));
        }
        try {
            Iban.of(transfer.creditorIban());
        } catch (InvalidIdentifierException e) {
            rejections.add(new Rejection(payslip, member, e.getMessage()));
        }
        if (transfer.amount() == null || !transfer.amount().isPositive()) {
            rejections.add(new Rejection(payslip, member, "amount must be positive: " + transfer.amount()));
        }
        String name = latin(member);
        if (name == null) {
            rejections.add(new Rejection(payslip, member, "member name is missing"));
        } else if (name.length() > 70) {
            rejections.add(new Rejection(payslip, member, "member name is longer than the 70 characters SEPA allows"));
        }
        String remittance = latin(transfer.remittance());
        if (remittance != null && remittance.length() > 140) {
            rejections.add(new Rejection(payslip, member, "remittance text is longer than 140 characters"));
        }
    }

    /** Writes one {@code <CdtTrfTxInf>} and returns the line it starts on. */
    private static int transfer(IndentedXmlWriter xml, SalaryTransfer transfer) {
        int line = xml.start("CdtTrfTxInf");
        xml.start("PmtId");
        xml.leaf("EndToEndId", transfer.payslipId());
        xml.end();
        xml.start("Amt");
        xml.start("InstdAmt");
        xml.attribute("Ccy", "EUR");
        xml.text(transfer.amount().toString());
        xml.end();
        xml.end();
        xml.start("Cdtr");
        xml.leaf("Nm", latin(transfer.memberName()));
        xml.end();
        account(xml, "CdtrAcct", Iban.of(transfer.creditorIban()));
        xml.start("Purp");
        xml.leaf("Cd", "SALA");
        xml.end();
        String remittance = latin(transfer.remittance());
        if (remittance != null) {
            xml.start("RmtInf");
            xml.leaf("Ustrd", remittance);
            xml.end();
        }
        xml.end();
        return line;
    }

    private static void account(IndentedXmlWriter xml, String element, Iban iban) {
        xml.start(element);
        xml.start("Id");
        xml.leaf("IBAN", iban.value());
        xml.end();
        xml.end();
    }

    /**
     * Letters that are not a Latin letter plus accents, spelled as the EPC's conversion table does
     * ({@code ø} is {@code o}, {@code ß} is {@code ss}): a member's name keeps its letters.
     */
    private static final Map<Character, String> SPELLED = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('ẞ', "SS"), Map.entry('æ', "ae"), Map.entry('Æ', "AE"),
            Map.entry('œ', "oe"), Map.entry('Œ', "OE"), Map.entry('ø', "o"), Map.entry('Ø', "O"),
            Map.entry('ł', "l"), Map.entry('Ł', "L"), Map.entry('đ', "d"), Map.entry('Đ', "D"),
            Map.entry('ð', "d"), Map.entry('Ð', "D"), Map.entry('þ', "th"), Map.entry('Þ', "TH"),
            Map.entry('ı', "i"), Map.entry('ħ', "h"), Map.entry('Ħ', "H"));

    /**
     * The text in the EPC basic Latin set {@code a-z A-Z 0-9 / - ? : ( ) . , ' + space}: accents
     * dropped, a few letters spelled out ({@link #SPELLED}), any other character replaced by a space,
     * spaces collapsed; {@code null} when blank.
     */
    static String latin(String text) {
        if (text == null) {
            return null;
        }
        if (alreadyLatin(text)) {
            return text;
        }
        StringBuilder spelled = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String letters = SPELLED.get(c);
            if (letters == null) {
                spelled.append(c);
            } else {
                spelled.append(letters);
            }
        }
        String plain = MARKS.matcher(Normalizer.normalize(spelled, Normalizer.Form.NFD)).replaceAll("");
        String cleaned = SPACES.matcher(OUTSIDE_LATIN.matcher(plain).replaceAll(" ")).replaceAll(" ").trim();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /**
     * Whether {@link #latin} would return the text unchanged: not empty, only characters of the set,
     * no space at either end nor two in a row (the names and remittances of a night, but for a few).
     */
    private static boolean alreadyLatin(String text) {
        int n = text.length();
        if (n == 0 || text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean inSet = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "/-?:().,'+ ".indexOf(c) >= 0;
            if (!inSet || (c == ' ' && previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static Rejection rejectionAt(SchemaCheck.Error error, int[] transferLines, List<SalaryTransfer> transfers) {
        SalaryTransfer at = null;
        for (int i = 0; i < transferLines.length && transferLines[i] <= error.line(); i++) {
            at = transfers.get(i);
        }
        return at == null ? new Rejection(null, null, error.message())
                : new Rejection(at.payslipId(), at.memberName(), error.message());
    }
}
