package be.coop.backoffice.common.xml;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates a document against a schema shipped in the jar and reports every error with its line.
 */
public final class SchemaCheck {

    public record Error(int line, String message) {
    }

    private final Schema schema;

    public SchemaCheck(String resource) {
        URL url = SchemaCheck.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("schema " + resource + " is not on the class path");
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            schema = factory.newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException("schema " + resource + " cannot be loaded", e);
        }
    }

    /** All the schema errors of the document, in document order; empty when it is valid. */
    public List<Error> errors(String document) {
        return errors(new StreamSource(new StringReader(document)));
    }

    /** All the schema errors of the document in {@code file}, read as its declaration says. */
    public List<Error> errors(Path file) {
        return errors(new StreamSource(file.toFile()));
    }

    private List<Error> errors(StreamSource document) {
        List<Error> errors = new ArrayList<>();
        Validator validator = schema.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(new Error(e.getLineNumber(), e.getMessage()));
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                errors.add(new Error(e.getLineNumber(), e.getMessage()));
                throw e;
            }
        });
        try {
            validator.validate(document);
        } catch (SAXParseException e) {
            // already recorded by fatalError
        } catch (SAXException | IOException e) {
            errors.add(new Error(0, e.getMessage()));
        }
        return errors;
    }
}
