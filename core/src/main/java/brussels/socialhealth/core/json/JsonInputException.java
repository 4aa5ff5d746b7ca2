package brussels.socialhealth.core.json;

import brussels.socialhealth.core.CoreCodes;
import brussels.socialhealth.core.InvalidValueException;
import java.util.Optional;

/**
 * The one exception thrown when a JSON document cannot be read, by {@link JsonDocumentReader} (Jackson 3)
 * and {@link brussels.socialhealth.core.json.jackson2.Jackson2DocumentReader} (Jackson 2) alike: every
 * Jackson failure is turned into this type, with
 * <ul>
 *   <li>a stable {@linkplain #getCode() code} per kind of failure, from {@link CoreCodes} ({@code JSON_*}, for example
 *       {@code core.json.too-deep}, {@code core.json.duplicate-key});
 *   <li>the {@linkplain #getLine() line} and {@linkplain #getColumn() column} (1-based, as Jackson counts them;
 *       0 when unknown);
 *   <li>the {@linkplain #getPath() JSON path} of the offending value, such as {@code $.services[2].phones[0]};
 *   <li>the {@linkplain #getInput() offending input}: a property name, a type id, a value or a token;
 *   <li>a message in French, Dutch and English.
 * </ul>
 * When a value was rejected by the model itself (a phone number that cannot exist, opening hours that do not
 * parse), the code is {@link CoreCodes#JSON_INVALID_VALUE} and {@link #getValueError()} gives the model's own
 * error with its own code. The Jackson exception stays available as the {@linkplain #getCause() cause} for
 * logs; callers should not depend on it.
 */
public class JsonInputException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /** The 1-based line, 0 when unknown. */
  private final int line;
  /** The 1-based column, 0 when unknown. */
  private final int column;
  /** The JSON path of the offending value. */
  private final String path;

  /**
   * Creates the exception.
   *
   * @param code a {@code core.json.*} code; not null
   * @param input the offending input, may be empty
   * @param line the 1-based line, 0 if unknown
   * @param column the 1-based column, 0 if unknown
   * @param path the JSON path, {@code $} for the root; not null
   * @param detail an extra message argument ({@code {4}}), such as the limit that was exceeded
   * @param cause the underlying failure, may be null
   */
  public JsonInputException(
      String code, String input, int line, int column, String path, Object detail, Throwable cause) {
    super(code, input, cause, line, column, path, detail == null ? "" : detail);
    this.line = line;
    this.column = column;
    this.path = path;
  }

  /**
   * Returns the line of the fault.
   *
   * @return the 1-based line, or 0 if unknown
   */
  public int getLine() {
    return line;
  }

  /**
   * Returns the column of the fault.
   *
   * @return the 1-based column, or 0 if unknown
   */
  public int getColumn() {
    return column;
  }

  /**
   * Returns the JSON path of the offending value, for example {@code $.services[2].phones[0]}; property
   * names that are not plain identifiers are written {@code $['odd name']}.
   *
   * @return the path, {@code $} for the document itself
   */
  public String getPath() {
    return path;
  }

  /**
   * Returns the model's own error when a value was rejected by a value type.
   *
   * @return the first {@link InvalidValueException} among the causes, if any
   */
  public Optional<InvalidValueException> getValueError() {
    for (Throwable t = getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof InvalidValueException && !(t instanceof JsonInputException)) {
        return Optional.of((InvalidValueException) t);
      }
    }
    return Optional.empty();
  }
}
