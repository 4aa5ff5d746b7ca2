package brussels.socialhealth.territory;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.validation.ValidationReport;

/**
 * Thrown when a territory file or an OBSS table cannot be used: unreadable
 * ({@link TerritoryCodes#LOAD_UNREADABLE}) or inconsistent ({@link TerritoryCodes#LOAD_INCONSISTENT}).
 * The {@linkplain #getReport() report} lists every problem found, with its code, path and, for tables,
 * line and column; the {@linkplain #getInput() input} names what was loaded.
 */
public class TerritoryLoadException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  private final transient ValidationReport report;

  /**
   * Creates the exception. The message of {@link TerritoryCodes#LOAD_UNREADABLE} says why the input cannot
   * be read (the cause's message, or the first error's code without a cause); that of
   * {@link TerritoryCodes#LOAD_INCONSISTENT} gives the number of errors and the first one's code.
   *
   * @param code {@link TerritoryCodes#LOAD_UNREADABLE} or {@link TerritoryCodes#LOAD_INCONSISTENT}
   * @param input a name for what was loaded (a file name, {@code embedded})
   * @param report the problems found; not null
   * @param cause the underlying cause, may be null
   */
  public TerritoryLoadException(String code, String input, ValidationReport report, Throwable cause) {
    super(code, input, cause, arguments(code, report, cause));
    this.report = report;
  }

  private static Object[] arguments(String code, ValidationReport report, Throwable cause) {
    if (TerritoryCodes.LOAD_UNREADABLE.equals(code)) {
      String reason = cause == null || cause.getMessage() == null ? firstCode(report) : cause.getMessage();
      return new Object[] {reason};
    }
    return new Object[] {report.getErrorCount(), firstCode(report)};
  }

  private static String firstCode(ValidationReport report) {
    return report.getErrors().isEmpty() ? "" : report.getErrors().get(0).getCode();
  }

  /**
   * Returns the problems found.
   *
   * @return the report, never null
   */
  public ValidationReport getReport() {
    return report;
  }
}
