package be.coop.backoffice.dimona;

import java.util.List;
import java.util.stream.Collectors;

/** A DIMONA file that was not written because declarations in it are invalid; each names its contract. */
public class InvalidDeclarationException extends RuntimeException {

    /** Why one contract's declaration was refused. */
    public record Rejection(String contractId, String reason) {
        @Override
        public String toString() {
            return "contract " + contractId + ": " + reason;
        }
    }

    private final List<Rejection> rejections;

    public InvalidDeclarationException(List<Rejection> rejections) {
        super("DIMONA file not written, " + rejections.size() + " invalid declaration(s): "
                + rejections.stream().map(Rejection::toString).collect(Collectors.joining("; ")));
        this.rejections = List.copyOf(rejections);
    }

    public List<Rejection> rejections() {
        return rejections;
    }
}
