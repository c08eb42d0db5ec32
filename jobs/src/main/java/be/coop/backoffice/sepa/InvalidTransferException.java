package be.coop.backoffice.sepa;

import java.util.List;
import java.util.stream.Collectors;

/** A salary transfer file that was not written; each rejection names the payslip and the member. */
public class InvalidTransferException extends RuntimeException {

    /** Why one transfer was refused; {@code payslipId} is {@code null} for an error of the batch itself. */
    public record Rejection(String payslipId, String memberName, String reason) {
        @Override
        public String toString() {
            if (payslipId == null) {
                return "batch: " + reason;
            }
            return "payslip " + payslipId + (memberName == null ? "" : " (" + memberName + ")") + ": " + reason;
        }
    }

    private final List<Rejection> rejections;

    public InvalidTransferException(String messageId, List<Rejection> rejections) {
        super("salary transfer file " + messageId + " not written, " + rejections.size() + " error(s): "
                + rejections.stream().map(Rejection::toString).collect(Collectors.joining("; ")));
        this.rejections = List.copyOf(rejections);
    }

    public List<Rejection> rejections() {
        return rejections;
    }
}
