package be.coop.backoffice.dimona;

import be.coop.backoffice.common.io.AtomicFile;
import be.coop.backoffice.common.xml.SchemaCheck;
import be.coop.backoffice.common.xml.IndentedXmlWriter;
import be.coop.backoffice.common.InvalidIdentifierException;
import be.coop.backoffice.common.Niss;
import be.coop.backoffice.dimona.InvalidDeclarationException.Rejection;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes the DIMONA declarations of one employing structure as one {@code <Dimona>} document of
 * {@code Dimona_20231.xsd}, one {@code <Form>} per declaration.
 *
 * <p>Nothing is written unless every declaration is valid: the writer first checks what the
 * schema cannot (national number check digits, planned hours of students, dates in order), then
 * validates the whole document against the schema shipped in the jar and traces every schema
 * error back to its form. Any refusal raises {@link InvalidDeclarationException} naming each
 * contract and reason. The file is written through a temporary file and moved into place, so a
 * reader never sees half a file. The mapping is documented in {@code docs/dimona.md}.
 */
public final class DimonaDeclarationWriter {

    static final String SCHEMA = "/xsd/dimona/Dimona_20231.xsd";
    /**
     * The cooperative's committees (200 employees, 304 performing arts) are not in the schema's
     * list, which holds only those DIMONA asks for: they are declared {@code XXX}. Any other value
     * is written as given, so the schema refuses what it does not know.
     */
    private static final Set<String> COMMITTEES_DECLARED_XXX = Set.of("200", "304");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    private static final String FILE_LEVEL = "(file)";

    private final SchemaCheck schema = new SchemaCheck(SCHEMA);

    /**
     * One form of a document: the declaration, the employer it is declared for and the employer's
     * own reference of it (1..20 characters, unique per declaration: DIMONA acknowledges by it).
     */
    public record Form(DimonaEmployer employer, String reference, DimonaDeclaration declaration) {
        public Form {
            Objects.requireNonNull(employer, "employer");
            Objects.requireNonNull(declaration, "declaration");
        }
    }

    /**
     * The validated document of one employer's declarations, each referenced by its contract id;
     * {@code createdAt} is the business timestamp of the run, not the clock.
     */
    public String toXml(DimonaEmployer employer, List<? extends DimonaDeclaration> declarations, LocalDateTime createdAt) {
        return toXml(forms(employer, declarations), createdAt);
    }

    /** One employer's declarations as forms, each referenced by its contract id. */
    private static List<Form> forms(DimonaEmployer employer, List<? extends DimonaDeclaration> declarations) {
        Objects.requireNonNull(employer, "employer");
        return declarations.stream().map(d -> new Form(employer, d.contractId(), d)).toList();
    }

    /** Validates, then writes the document to {@code target} (replacing it), all or nothing. */
    public void write(DimonaEmployer employer, List<? extends DimonaDeclaration> declarations, LocalDateTime createdAt,
                      Path target) {
        write(forms(employer, declarations), createdAt, target);
    }

    /**
     * The validated document of forms that may belong to several employers (each form carries its
     * employer's identification), in the order given.
     */
    public String toXml(List<Form> forms, LocalDateTime createdAt) {
        List<Rejection> rejections = check(forms, createdAt);
        IndentedXmlWriter xml = new IndentedXmlWriter();
        int[] formLines = document(xml, forms, createdAt);
        String document = xml.finish();
        refuse(rejections, schema.errors(document), formLines, forms);
        return document;
    }

    /** Validates, then writes the document to {@code target} (replacing it), all or nothing. */
    public void write(List<Form> forms, LocalDateTime createdAt, Path target) {
        try (AtomicFile.Pending file = AtomicFile.create(target)) {
            write(forms, createdAt, file);
            file.commit();
        }
    }

    /**
     * Streams the document into {@code file} and validates it as written there, left for the caller
     * to commit; refused, nothing is committed (the same checks as {@link #toXml(List, LocalDateTime)}).
     */
    public void write(List<Form> forms, LocalDateTime createdAt, AtomicFile.Pending file) {
        List<Rejection> rejections = check(forms, createdAt);
        IndentedXmlWriter xml = new IndentedXmlWriter(file.writer());
        int[] formLines = document(xml, forms, createdAt);
        xml.finishInto();
        refuse(rejections, schema.errors(file.written()), formLines, forms);
    }

    /** The checks made before the document is written. */
    private static List<Rejection> check(List<Form> forms, LocalDateTime createdAt) {
        Objects.requireNonNull(createdAt, "createdAt");
        if (forms.isEmpty()) {
            throw new IllegalArgumentException("no DIMONA declaration to write");
        }
        List<Rejection> rejections = new ArrayList<>();
        for (Form form : forms) {
            businessRules(form.declaration(), rejections);
            if (form.reference() == null || form.reference().isEmpty() || form.reference().length() > 20) {
                rejections.add(new Rejection(form.declaration().contractId(),
                        "reference must have 1 to 20 characters: '" + form.reference() + "'"));
            }
        }
        return rejections;
    }

    /** Writes the document; returns the line each form starts on. */
    private static int[] document(IndentedXmlWriter xml, List<Form> forms, LocalDateTime createdAt) {
        xml.start("Dimona");
        xml.namespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
        xml.attribute("xsi:noNamespaceSchemaLocation", "Dimona_20231.xsd");
        int[] formLines = new int[forms.size()];
        for (int i = 0; i < forms.size(); i++) {
            formLines[i] = form(xml, forms.get(i), createdAt);
        }
        xml.end();
        return formLines;
    }

    /** Throws with every rejection, the schema's traced to the form of their line, if there is any. */
    private static void refuse(List<Rejection> rejections, List<SchemaCheck.Error> schemaErrors, int[] formLines,
                               List<Form> forms) {
        for (SchemaCheck.Error error : schemaErrors) {
            rejections.add(new Rejection(contractAt(error.line(), formLines, forms), error.message()));
        }
        if (!rejections.isEmpty()) {
            throw new InvalidDeclarationException(rejections);
        }
    }


    private static void businessRules(DimonaDeclaration declaration, List<Rejection> rejections) {
        String contract = declaration.contractId();
        if (declaration instanceof DimonaIn in) {
            if (in.workerNiss() == null) {
                rejections.add(new Rejection(contract, "worker national number (NISS) is missing"));
            } else {
                checkNiss(contract, in.workerNiss(), rejections);
            }
            datesInOrder(contract, in.startDate(), in.endDate(), rejections);
            if (in.workerType() == null) {
                rejections.add(new Rejection(contract, "worker type is missing"));
            } else if (in.workerType() == DimonaWorkerType.STU && in.plannedHours() == null) {
                rejections.add(new Rejection(contract, "a student (STU) is declared with planned hours, none given"));
            } else if (in.workerType() != DimonaWorkerType.STU && in.plannedHours() != null) {
                rejections.add(new Rejection(contract, "planned hours are declared for students (STU) only, not " + in.workerType()));
            }
            if (in.jointCommittee() == null) {
                rejections.add(new Rejection(contract, "joint committee is missing"));
            }
        } else if (declaration instanceof DimonaUpdate update) {
            if (update.workerNiss() != null) {
                checkNiss(contract, update.workerNiss(), rejections);
            }
            datesInOrder(contract, update.newStartDate(), update.newEndDate(), rejections);
            if (update.newStartDate() == null && update.newEndDate() == null && update.plannedHours() == null) {
                rejections.add(new Rejection(contract, "an update changes the start date, the end date or the planned hours; none given"));
            }
        } else if (declaration instanceof DimonaCancel cancel && cancel.workerNiss() != null) {
            checkNiss(contract, cancel.workerNiss(), rejections);
        }
    }

    private static void checkNiss(String contract, String niss, List<Rejection> rejections) {
        try {
            Niss.of(niss);
        } catch (InvalidIdentifierException e) {
            rejections.add(new Rejection(contract, e.getMessage()));
        }
    }

    private static void datesInOrder(String contract, LocalDate start, LocalDate end, List<Rejection> rejections) {
        if (start != null && end != null && end.isBefore(start)) {
            rejections.add(new Rejection(contract, "ends (" + end + ") before it starts (" + start + ")"));
        }
    }

    /** Writes one {@code <Form>} and returns the line it starts on. */
    private static int form(IndentedXmlWriter xml, Form form, LocalDateTime createdAt) {
        DimonaEmployer employer = form.employer();
        DimonaDeclaration declaration = form.declaration();
        int line = xml.start("Form");
        xml.leaf("Identification", "DIMONA");
        xml.leaf("FormCreationDate", createdAt.toLocalDate());
        xml.leaf("FormCreationHour", createdAt.toLocalTime().format(HOUR));
        xml.leaf("AttestationStatus", "0");
        xml.leaf("TypeForm", "SU");
        xml.start("Reference");
        xml.leaf("ReferenceType", "1");
        xml.leaf("ReferenceOrigin", "1");
        xml.leaf("ReferenceNbr", form.reference());
        xml.end();
        if (declaration instanceof DimonaIn in) {
            xml.start("DimonaIn");
            xml.leaf("StartingDate", in.startDate());
            xml.leaf("EndingDate", in.endDate());
            if (in.workerType() == DimonaWorkerType.STU) {
                xml.leaf("PlannedHoursNbr", in.plannedHours());
            }
            employerId(xml, employer);
            xml.start("NaturalPerson");
            xml.leaf("INSS", digits(in.workerNiss()));
            xml.end();
            xml.start("DimonaFeatures");
            xml.leaf("JointCommissionNbr", committee(in.jointCommittee()));
            xml.leaf("WorkerType", in.workerType());
            xml.end();
            xml.end();
        } else if (declaration instanceof DimonaUpdate update) {
            xml.start("DimonaUpdate");
            xml.leaf("DimonaPeriodId", update.dimonaPeriodId());
            xml.leaf("StartingDate", update.newStartDate());
            xml.leaf("EndingDate", update.newEndDate());
            xml.leaf("INSS", digits(update.workerNiss()));
            xml.leaf("PlannedHoursNbr", update.plannedHours());
            employerId(xml, employer);
            xml.end();
        } else if (declaration instanceof DimonaCancel cancel) {
            xml.start("DimonaCancel");
            xml.leaf("DimonaPeriodId", cancel.dimonaPeriodId());
            xml.leaf("INSS", digits(cancel.workerNiss()));
            employerId(xml, employer);
            xml.end();
        }
        xml.end();
        return line;
    }

    private static void employerId(IndentedXmlWriter xml, DimonaEmployer employer) {
        xml.start("EmployerId");
        xml.leaf("NOSSRegistrationNbr", employer.nossRegistrationNumber());
        xml.leaf("CompanyID", employer.enterpriseNumber() == null ? null : employer.enterpriseNumber().value());
        xml.end();
    }

    /** The national number without its usual punctuation; left as is when it is not one. */
    private static String digits(String niss) {
        if (niss == null) {
            return null;
        }
        try {
            return Niss.of(niss).value();
        } catch (InvalidIdentifierException e) {
            return niss;
        }
    }

    private static String committee(String jointCommittee) {
        if (jointCommittee == null) {
            return null;
        }
        return COMMITTEES_DECLARED_XXX.contains(jointCommittee) ? "XXX" : jointCommittee;
    }

    private static String contractAt(int line, int[] formLines, List<Form> forms) {
        String contract = FILE_LEVEL;
        for (int i = 0; i < formLines.length && formLines[i] <= line; i++) {
            contract = forms.get(i).declaration().contractId();
        }
        return contract;
    }
}
