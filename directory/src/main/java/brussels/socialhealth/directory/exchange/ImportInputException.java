package brussels.socialhealth.directory.exchange;

import brussels.socialhealth.core.validation.Violation;

/**
 * Thrown when an input cannot be read any further (it cannot be opened, it is not of the declared shape,
 * or its syntax breaks in a way no reader can recover from). Carries the located {@link Violation}.
 * The importer turns it into the report's input problems and a non-complete report; the command-line
 * tool exits with code 3.
 */
public class ImportInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Violation violation;

  /**
   * Creates the exception.
   *
   * @param violation what is wrong, where; not null
   * @param cause the underlying exception, may be null
   */
  public ImportInputException(Violation violation, Throwable cause) {
    super(violation.getMessage().get(brussels.socialhealth.core.Language.EN)
        + " [" + violation.getCode() + "]", cause);
    this.violation = violation;
  }

  /**
   * Returns what is wrong and where.
   *
   * @return the violation
   */
  public Violation getViolation() {
    return violation;
  }
}
