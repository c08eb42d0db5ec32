package be.coop.backoffice.sample.dimona;

import be.coop.backoffice.batch.NightlyParameters;
import be.coop.backoffice.common.io.CsvFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Sample tooling, not a production job: plays DIMONA's part in a replayed year. Before night D it
 * reads the declarations file the night before sent, {@code outbox/<D-1>/dimona.xml}, and writes
 * the answer DIMONA would send back, {@code inbox/<D>/dimona-acks.csv} (the format
 * {@code dimonaJob} reads, docs/dimona.md):
 * <ul>
 * <li>every {@code DimonaIn} accepted with a period id derived from its reference
 *     ({@code DIM000000000042} → {@code 100000000042}), so each In gets its own, and the updates
 *     and cancellations that wait for it can be sent the following nights;</li>
 * <li>an In whose start date is on or before the file's creation date (declared late) accepted
 *     with a warning, as the declaration came after the work began;</li>
 * <li>every {@code DimonaUpdate} and {@code DimonaCancel} accepted.</li>
 * </ul>
 * Nothing is refused: in a replay no person fixes a refused contract, so a refusal would only stay
 * on the reports. The answer depends on the file alone, so a replay run again writes the same
 * bytes. No file the night before: no answer.
 */
public final class DimonaAckSimulator {

    static final String[] HEADER = {"reference", "result", "period_id", "message"};
    static final String LATE_WARNING = "declared on or after the first day of work";

    /** One declaration of a sent file, as DIMONA reads it. */
    record SentDeclaration(String reference, String kind, LocalDate startingDate, LocalDate formCreationDate) {
    }

    /** Writes {@code inbox/<date>/dimona-acks.csv} answering {@code outbox/<date - 1>/dimona.xml}; returns the lines. */
    public int simulate(LocalDate date, Path inbox, Path outbox) {
        Path sent = NightlyParameters.dayFolder(outbox, date.minusDays(1)).resolve("dimona.xml");
        if (!Files.isRegularFile(sent)) {
            return 0;
        }
        List<SentDeclaration> declarations = read(sent);
        Path acks = NightlyParameters.dayFolder(inbox, date).resolve("dimona-acks.csv");
        CsvFile.write(acks, HEADER, csv -> {
            for (SentDeclaration d : declarations) {
                csv.row(answer(d));
            }
        });
        return declarations.size();
    }

    /** The acknowledgement line of one declaration: reference, result, period id, message. */
    static Object[] answer(SentDeclaration d) {
        if (!d.kind().equals("DimonaIn")) {
            return new Object[] {d.reference(), "ACCEPTED", "", ""};
        }
        String periodId = Long.toString(100_000_000_000L + Long.parseLong(d.reference().substring(3)));
        boolean late = d.startingDate() != null && !d.startingDate().isAfter(d.formCreationDate());
        return late
                ? new Object[] {d.reference(), "ACCEPTED_WARNING", periodId, LATE_WARNING}
                : new Object[] {d.reference(), "ACCEPTED", periodId, ""};
    }

    /** The declarations of a DIMONA file in document order; the XML is read without DTD or entities. */
    static List<SentDeclaration> read(Path file) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<SentDeclaration> declarations = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            String reference = null;
            String kind = null;
            LocalDate created = null;
            LocalDate start = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "Form" -> {
                            reference = null;
                            kind = null;
                            created = null;
                            start = null;
                        }
                        case "FormCreationDate" -> created = LocalDate.parse(xml.getElementText().strip());
                        case "ReferenceNbr" -> reference = xml.getElementText().strip();
                        case "DimonaIn", "DimonaUpdate", "DimonaCancel" -> kind = xml.getLocalName();
                        case "StartingDate" -> start = LocalDate.parse(xml.getElementText().strip());
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("Form")) {
                    if (reference == null || kind == null || created == null) {
                        throw new IllegalStateException(file + ": a Form without ReferenceNbr, FormCreationDate or"
                                + " declaration near line " + xml.getLocation().getLineNumber());
                    }
                    declarations.add(new SentDeclaration(reference, kind, start, created));
                }
            }
            xml.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return declarations;
    }
}
