package brussels.socialhealth.examples.cli;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.json.JsonDocumentReader;
import brussels.socialhealth.core.json.JsonInputException;
import brussels.socialhealth.core.validation.Severity;
import brussels.socialhealth.core.validation.ValidationReport;
import brussels.socialhealth.core.validation.Violation;
import brussels.socialhealth.directory.exchange.ExchangeCodes;
import brussels.socialhealth.examples.ExamplesCodes;
import brussels.socialhealth.examples.json.ExampleJson;
import brussels.socialhealth.examples.json.SchemaValidation;
import brussels.socialhealth.territory.Territory;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code socialhealth validate [--type <type>] [--json] <file>}: checks one canonical document — a
 * directory, a territory, an events document, helpdesk cases, a helpdesk activity report or an import
 * report — in three steps, and prints one report in the user's language:
 *
 * <ol>
 *   <li>the text is well-formed JSON, read strictly (duplicate keys, trailing tokens and the size limits are
 *       errors, with line and column);
 *   <li>it matches the document's JSON Schema (2020-12), the one shipped in the jars: every mismatch with its
 *       path, line and column;
 *   <li>the model reads it and its rules hold (for a directory {@code DirectoryRules.all()} against the
 *       embedded territory, for helpdesk cases {@code HelpdeskRules}, for open-house weeks
 *       {@code OpenHouseRules}, for a territory its consistency check). Skipped, and said so, when step 2
 *       failed: the model would only repeat the first mismatch.
 * </ol>
 *
 * <p>The type is detected from the top-level properties unless {@code --type} names it. Exit codes: 0
 * valid (warnings allowed), 1 invalid or of unknown type, 3 the file cannot be read. Mutable (picocli sets
 * the options); one instance per run.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = SocialHealthCli.Version.class,
    description = {
      "Checks a document (JSON) against its JSON Schema and the model's rules: directory, territory, events,",
      "helpdesk cases, helpdesk activity report or import report (detected, or named with --type).",
      "Exit codes: 0 valid, 1 invalid, 3 unreadable. Guide: docs/integration.md"
    })
public final class ValidateCommand extends SocialHealthCommand {
  @Parameters(index = "0", paramLabel = "<file>", description = "The document to check (UTF-8 JSON).")
  Path file;

  @Option(names = "--type", paramLabel = "<type>", converter = TypeConverter.class,
      description = "The document type, when detection cannot tell: directory, territory, events, "
          + "helpdesk-cases, helpdesk-activity-report, import-report.")
  DocumentType type;

  @Option(names = "--json", description = "Print the report as JSON (the library's ValidationReport) instead of text.")
  boolean json;

  /** Creates the command; picocli calls this. */
  public ValidateCommand() {}

  @Override
  public Integer call() {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      err().println(message(ExchangeCodes.INPUT_UNREADABLE, file + ": not UTF-8"));
      return ExitCodes.IO;
    } catch (IOException e) {
      err().println(message(ExchangeCodes.INPUT_UNREADABLE, file + ": " + e.getMessage()));
      return ExitCodes.IO;
    }
    Object tree;
    try {
      tree = JsonDocumentReader.strict().read(text, Object.class);
    } catch (JsonInputException e) {
      return finish(typeName(type), ValidationReport.of(List.of(fromException(e))), false);
    }
    Optional<DocumentType> chosen = Optional.ofNullable(type);
    if (chosen.isEmpty() && tree instanceof Map) {
      chosen = DocumentType.detect(((Map<?, ?>) tree).keySet().stream().map(String::valueOf).toList());
    }
    if (chosen.isEmpty()) {
      String properties = tree instanceof Map ? String.join(", ",
          ((Map<?, ?>) tree).keySet().stream().map(String::valueOf).toList()) : "-";
      out().println(message(ExamplesCodes.VALIDATE_TYPE_UNKNOWN, file, properties, DocumentType.codes()));
      out().flush();
      return ExitCodes.INVALID_DATA;
    }
    DocumentType documentType = chosen.get();
    if (!json) {
      println(ExamplesCodes.VALIDATE_TYPE, file, documentType.code(), documentType.schema());
    }
    ValidationReport report = SchemaValidation.fromResource(documentType.schema()).check(text);
    boolean schemaHolds = report.isValid();
    if (schemaHolds) {
      try {
        report = report.merge(documentType.checkModel(text, Territory.embedded()));
      } catch (JsonInputException e) {
        report = report.merge(ValidationReport.of(List.of(fromException(e))));
      } catch (InvalidValueException e) {
        report = report.merge(ValidationReport.of(List.of(Violation.builder().code(e.getCode())
            .severity(Severity.ERROR).path("").value(e.getInput()).message(e.getLocalizedMessages()).build())));
      }
    }
    return finish(documentType.code(), report, !schemaHolds);
  }

  private int finish(String typeName, ValidationReport report, boolean rulesSkipped) {
    if (json) {
      out().println(ExampleJson.pretty(report));
    } else {
      for (Violation violation : report.getViolations()) {
        String severity = message(violation.isError() ? ExamplesCodes.SEVERITY_ERROR : ExamplesCodes.SEVERITY_WARNING);
        String path = violation.getPath().isEmpty() ? message(ExamplesCodes.VALIDATE_ROOT) : violation.getPath();
        String text = violation.getMessage().get(language());
        if (violation.getLine().isPresent()) {
          out().println(message(ExamplesCodes.VALIDATE_VIOLATION_AT, severity, violation.getLine().get(),
              violation.getColumn().orElse("?"), path, text, violation.getCode()));
        } else {
          out().println(message(ExamplesCodes.VALIDATE_VIOLATION, severity, path, text, violation.getCode()));
        }
      }
      if (rulesSkipped) {
        println(ExamplesCodes.VALIDATE_RULES_SKIPPED);
      }
      println(ExamplesCodes.VALIDATE_SUMMARY, file, typeName, report.getErrorCount(), report.getWarningCount());
    }
    out().flush();
    return report.isValid() ? ExitCodes.OK : ExitCodes.INVALID_DATA;
  }

  private String typeName(DocumentType documentType) {
    return documentType == null ? "?" : documentType.code();
  }

  /** A reader's failure as a violation, with its line, column and path ({@code $.a[0].b} as {@code a[0].b}). */
  private static Violation fromException(JsonInputException e) {
    String path = e.getPath().equals("$") ? "" : e.getPath().replaceFirst("^\\$\\.?", "");
    var violation = Violation.builder().code(e.getCode()).severity(Severity.ERROR).path(path)
        .message(e.getValueError().map(InvalidValueException::getLocalizedMessages).orElse(e.getLocalizedMessages()));
    if (e.getLine() > 0) {
      violation.line((long) e.getLine()).column(Integer.toString(e.getColumn()));
    }
    return violation.build();
  }

  /** Converts the {@code --type} value. */
  static final class TypeConverter implements ITypeConverter<DocumentType> {
    @Override
    public DocumentType convert(String value) {
      return DocumentType.parse(value);
    }
  }
}
