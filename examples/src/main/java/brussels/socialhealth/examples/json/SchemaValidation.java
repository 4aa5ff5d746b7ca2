package brussels.socialhealth.examples.json;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.Messages;
import brussels.socialhealth.core.validation.Severity;
import brussels.socialhealth.core.validation.ValidationReport;
import brussels.socialhealth.core.validation.Violation;
import brussels.socialhealth.examples.ExamplesCodes;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.serialization.DefaultNodeReader;
import com.networknt.schema.serialization.NodeReader;
import com.networknt.schema.serialization.node.TokenStreamLocationAware;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Checks a JSON document against one of the JSON Schemas (2020-12) the library ships in its jars, with the
 * networknt validator, and turns what the validator finds into the model's {@link Violation}s: code
 * {@link ExamplesCodes#VALIDATE_SCHEMA}, the path in the model's notation ({@code organisations[0].names}),
 * the line and column of the offending value, and the validator's explanation in French, Dutch and English.
 *
 * <p>The schema says what the library writes; the model's rules (registry look-ups, references between
 * objects) are checked elsewhere. {@code format} is an annotation, as JSON Schema 2020-12 defines it by
 * default: the schemas' patterns carry the checks, and the model's parsers decide (the validator's e-mail
 * format refuses reserved domains such as {@code .example} that the model accepts).
 * Instances are immutable and thread-safe.
 */
public final class SchemaValidation {
  private static final String MESSAGES = "jsv-messages";
  private static final NodeReader LOCATED = DefaultNodeReader.builder().locationAware().build();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private final String resource;
  private final Schema schema;

  private SchemaValidation(String resource, Schema schema) {
    this.resource = resource;
    this.schema = schema;
  }

  /**
   * Loads a schema from the class path.
   *
   * @param resource the absolute resource name, for example
   *     {@code /brussels/socialhealth/directory/schema/directory.schema.json}; not null
   * @return the validation
   * @throws IllegalArgumentException when no such resource exists
   * @throws UncheckedIOException when it cannot be read
   */
  public static SchemaValidation fromResource(String resource) {
    try (InputStream in = SchemaValidation.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no schema on the class path at " + resource);
      }
      return new SchemaValidation(resource, REGISTRY.getSchema(in, InputFormat.JSON));
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  /**
   * Returns the class-path resource the schema came from.
   *
   * @return the resource name
   */
  public String getResource() {
    return resource;
  }

  /**
   * Checks a document. The text must be well-formed JSON (check it with the strict reader first); the
   * report lists every place where it breaks the schema, in document order, all as errors.
   *
   * @param json the document; not null, well-formed
   * @return the report; valid when the document matches the schema
   */
  public ValidationReport check(String json) {
    JsonNode document = LOCATED.readTree(json, InputFormat.JSON);
    List<Error> errors = schema.validate(document, context -> context.executionConfig(
        config -> config.formatAssertionsEnabled(false).locale(Locale.ENGLISH)));
    ValidationReport.Builder report = ValidationReport.builder();
    for (Error error : errors) {
      report.addViolation(toViolation(error));
    }
    return report.build();
  }

  private static Violation toViolation(Error error) {
    String property = error.getProperty();
    String path = modelPath(error.getInstanceLocation());
    JsonNode node = error.getInstanceNode();
    if (property != null && !property.isEmpty() && !"required".equals(error.getKeyword())) {
      path = path.isEmpty() ? property : path + "." + property;
      if (node != null && node.get(property) != null) {
        node = node.get(property);
      }
    }
    Map<Language, String> texts = new EnumMap<>(Language.class);
    for (Language language : Messages.MESSAGE_LANGUAGES) {
      String explanation = explanation(error, Locale.forLanguageTag(language.code()));
      texts.put(language, Messages.render(ExamplesCodes.VALIDATE_SCHEMA, error.getKeyword(), explanation)
          .get(language));
    }
    var violation = Violation.builder()
        .code(ExamplesCodes.VALIDATE_SCHEMA)
        .severity(Severity.ERROR)
        .path(path)
        .message(LocalizedText.from(texts));
    if (node != null && node.isValueNode()) {
      violation.value(abbreviated(node.asString()));
    }
    if (node instanceof TokenStreamLocationAware) {
      TokenStreamLocation location = ((TokenStreamLocationAware) node).tokenStreamLocation();
      if (location != null && location.getLineNr() > 0) {
        violation.line((long) location.getLineNr()).column(Integer.toString(location.getColumnNr()));
      }
    }
    return violation.build();
  }

  /** The validator's message in a language, from its own bundles; its English text when one is missing. */
  private static String explanation(Error error, Locale locale) {
    String key = error.getMessageKey();
    if (key == null || error.isCustomMessage()) {
      return error.getMessage();
    }
    try {
      ResourceBundle bundle = ResourceBundle.getBundle(MESSAGES, locale, SchemaValidation.class.getClassLoader(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
      Object[] arguments = error.getArguments() == null ? new Object[0] : error.getArguments();
      return new MessageFormat(bundle.getString(key), locale).format(arguments);
    } catch (MissingResourceException | IllegalArgumentException e) {
      return error.getMessage();
    }
  }

  /** {@code /organisations/0/names} as {@code organisations[0].names}. */
  private static String modelPath(NodePath location) {
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < location.getNameCount(); i++) {
      Object element = location.getElement(i);
      if (element instanceof Integer) {
        path.append('[').append(element).append(']');
      } else {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(element);
      }
    }
    return path.toString();
  }

  private static String abbreviated(String value) {
    return value.length() <= 80 ? value : value.substring(0, 77) + "...";
  }
}
