package brussels.socialhealth.examples.cli;

import brussels.socialhealth.core.validation.ModelValidator;
import brussels.socialhealth.core.validation.ValidationReport;
import brussels.socialhealth.core.validation.Violation;
import brussels.socialhealth.directory.Directory;
import brussels.socialhealth.directory.DirectoryRules;
import brussels.socialhealth.directory.exchange.ExchangeCodes;
import brussels.socialhealth.directory.exchange.json.ExchangeJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code socialhealth validate <file>}: checks a directory document (canonical JSON) against the directory's
 * JSON format, read strictly (unknown properties, duplicate keys, values the model refuses are errors, with
 * their line and column), then against the model's rules ({@link DirectoryRules#standalone()}), and prints
 * the report in the user's language.
 *
 * <p>Exit codes: 0 valid (warnings allowed), 1 the document breaks the format or a rule, 3 the file cannot
 * be read. Mutable (picocli sets the options); one instance per run.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = SocialHealthCli.Version.class,
    description = {
      "Checks a directory document (JSON) against the format and the model's rules.",
      "Exit codes: 0 valid, 1 invalid, 3 unreadable. Guide: docs/integration.md"
    })
public final class ValidateCommand extends SocialHealthCommand {
  @Parameters(index = "0", paramLabel = "<file>", description = "The directory document to check.")
  Path file;

  /** Creates the command; picocli calls this. */
  public ValidateCommand() {}

  @Override
  public Integer call() {
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      err().println(message(ExchangeCodes.INPUT_UNREADABLE, file + ": " + e.getMessage()));
      return ExitCodes.IO;
    }
    Directory directory;
    try {
      directory = ExchangeJson.readDirectory(json);
    } catch (ExchangeJson.DocumentException e) {
      out().println(message(ExchangeCodes.DOCUMENT_INVALID, file, e.getLine(), e.getColumn(), e.getMessage()));
      out().flush();
      return ExitCodes.INVALID_DATA;
    }
    ValidationReport report = ModelValidator.create().validate(directory, null, DirectoryRules.standalone());
    for (Violation violation : report.getViolations()) {
      out().println(message(ExchangeCodes.REPORT_VALIDATION_VIOLATION, violation.isError() ? "E" : "W",
          violation.getPath(), violation.getMessage().get(language()), violation.getCode()));
    }
    println(ExchangeCodes.REPORT_VALIDATION_SUMMARY, file, report.getErrorCount(), report.getWarningCount());
    out().flush();
    return report.isValid() ? ExitCodes.OK : ExitCodes.INVALID_DATA;
  }
}
