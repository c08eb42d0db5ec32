package be.coop.backoffice.payments.statement;

import be.coop.backoffice.common.Iban;
import be.coop.backoffice.common.InvalidIdentifierException;
import be.coop.backoffice.common.Money;
import be.coop.backoffice.common.StructuredCommunication;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One payment on a statement: what payment matching looks at. A globalised CODA movement or a
 * camt.053 batch entry gives one line per detail; see {@link StatementEntry}.
 *
 * <p>Text fields are never null, {@code ""} when the bank gives nothing; {@code valueDate} and
 * {@code structuredCommunication} may be null.
 *
 * @param lineNumber              1, 2, ... in the order of the statement
 * @param valueDate               value date, null when the bank gives none (CODA {@code 000000})
 * @param entryDate               booking date
 * @param amount                  signed: a credit (money received) is positive
 * @param structuredCommunication the Belgian structured communication the bank delivered as such
 *                                (CODA type 101/102, camt {@code CdtrRefInf/Ref}), when its check
 *                                digits are right; null otherwise
 * @param communication           the free communication; also a structured reference the bank gave
 *                                that is not a valid Belgian one (an ISO {@code RF} reference, wrong
 *                                check digits) as written
 * @param counterpartyAccount     the other party's account as written (an IBAN without spaces, or a
 *                                national number)
 * @param counterpartyName        the other party's name
 * @param counterpartyBic         the other party's bank BIC
 * @param bankReference           the bank's own reference of the movement
 * @param transactionCode         CODA: the 8-digit code (type, family, transaction, category);
 *                                camt: {@code Domn/Fmly/SubFmly} as {@code PMNT/RCDT/ESCT}, or the
 *                                proprietary code
 * @param information             additional information (CODA 3.x records, camt
 *                                {@code AddtlTxInf}/{@code AddtlNtryInf})
 */
public record StatementLine(
        int lineNumber,
        LocalDate valueDate,
        LocalDate entryDate,
        Money amount,
        StructuredCommunication structuredCommunication,
        String communication,
        String counterpartyAccount,
        String counterpartyName,
        String counterpartyBic,
        String bankReference,
        String transactionCode,
        String information) {

    public StatementLine {
        Objects.requireNonNull(entryDate, "entryDate");
        Objects.requireNonNull(amount, "amount");
        communication = Objects.requireNonNullElse(communication, "");
        counterpartyAccount = Objects.requireNonNullElse(counterpartyAccount, "");
        counterpartyName = Objects.requireNonNullElse(counterpartyName, "");
        counterpartyBic = Objects.requireNonNullElse(counterpartyBic, "");
        bankReference = Objects.requireNonNullElse(bankReference, "");
        transactionCode = Objects.requireNonNullElse(transactionCode, "");
        information = Objects.requireNonNullElse(information, "");
    }

    public boolean isCredit() {
        return amount.isPositive();
    }

    /**
     * The structured communication that identifies the payment: the one delivered as structured, or
     * else the first valid one written in the free communication ({@code +++090/9337/55493+++},
     * {@code 090933755493}, ...).
     */
    public Optional<StructuredCommunication> paymentReference() {
        if (structuredCommunication != null) {
            return Optional.of(structuredCommunication);
        }
        return StructuredCommunication.findIn(communication);
    }

    /** The counterparty account as an IBAN, when it is one with valid check digits. */
    public Optional<Iban> counterpartyIban() {
        return ibanOrEmpty(counterpartyAccount);
    }

    static Optional<Iban> ibanOrEmpty(String account) {
        if (account.length() < 15 || !Character.isLetter(account.charAt(0))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Iban.of(account));
        } catch (InvalidIdentifierException e) {
            return Optional.empty();
        }
    }
}
