package brussels.socialhealth.core.validation;

import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.Messages;
import brussels.socialhealth.core.SocialHealthStyle;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One rule broken by one piece of data: a stable code, a severity, where (a path into the object such
 * as {@code services[2].phones[0]}, and for imported data the line and column of the input), what (a
 * message in French, Dutch and English) and, unless confidential, the offending value.
 * Immutable and thread-safe.
 */
@Value.Immutable
@SocialHealthStyle
@JsonPropertyOrder({"code", "severity", "path", "line", "column", "value", "message"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableViolation.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableViolation.class)
public interface Violation {

  /**
   * Returns the stable code, for example {@code directory.site.postal-code-mismatch}.
   *
   * @return the code
   */
  String getCode();

  /**
   * Returns the severity.
   *
   * @return error or warning
   */
  Severity getSeverity();

  /**
   * Returns the path into the validated object, empty string for the object itself.
   *
   * @return the path, for example {@code names.nl}
   */
  String getPath();

  /**
   * Returns the message in French, Dutch and English.
   *
   * @return the message
   */
  LocalizedText getMessage();

  /**
   * Returns the offending value, absent when there is none or it is confidential.
   *
   * @return the value
   */
  Optional<String> getValue();

  /**
   * Returns the 1-based line of the input the problem was found on, for imported data.
   *
   * @return the line
   */
  Optional<Long> getLine();

  /**
   * Returns the column (a CSV column name or a 1-based JSON column) the problem was found at.
   *
   * @return the column
   */
  Optional<String> getColumn();

  /**
   * Tells whether this violation is an error.
   *
   * @return true for {@link Severity#ERROR}
   */
  @JsonIgnore
  default boolean isError() {
    return getSeverity() == Severity.ERROR;
  }

  /**
   * Creates an error whose message comes from the library's bundles.
   *
   * @param code a code with messages in the bundles; not null
   * @param path the path into the object; not null
   * @param value the offending value ({@code {0}} in the message); may be null
   * @param arguments further message arguments ({@code {1}}, ...)
   * @return the violation
   */
  static Violation error(String code, String path, Object value, Object... arguments) {
    return of(Severity.ERROR, code, path, value, arguments);
  }

  /**
   * Creates a warning whose message comes from the library's bundles.
   *
   * @param code a code with messages in the bundles; not null
   * @param path the path into the object; not null
   * @param value the offending value ({@code {0}} in the message); may be null
   * @param arguments further message arguments ({@code {1}}, ...)
   * @return the violation
   */
  static Violation warning(String code, String path, Object value, Object... arguments) {
    return of(Severity.WARNING, code, path, value, arguments);
  }

  /**
   * Creates a violation whose message comes from the library's bundles.
   *
   * @param severity the severity; not null
   * @param code a code with messages in the bundles; not null
   * @param path the path into the object; not null
   * @param value the offending value ({@code {0}} in the message); may be null
   * @param arguments further message arguments ({@code {1}}, ...)
   * @return the violation
   */
  static Violation of(Severity severity, String code, String path, Object value, Object... arguments) {
    Object[] all = new Object[arguments.length + 1];
    all[0] = value == null ? "" : value;
    System.arraycopy(arguments, 0, all, 1, arguments.length);
    return builder()
        .code(code)
        .severity(severity)
        .path(path)
        .message(Messages.render(code, all))
        .value(Optional.ofNullable(value).map(String::valueOf))
        .build();
  }

  /**
   * Returns a new builder, for violations with messages of the user's own.
   *
   * @return a builder
   */
  static ImmutableViolation.Builder builder() {
    return ImmutableViolation.builder();
  }

  /**
   * Returns a copy whose path is prefixed, for reporting nested objects.
   *
   * @param prefix the path of the nested object in its parent, for example {@code sites[0]}
   * @return the copy
   */
  default Violation prefixed(String prefix) {
    String path = getPath().isEmpty() ? prefix
        : prefix.isEmpty() ? getPath()
        : getPath().startsWith("[") ? prefix + getPath() : prefix + "." + getPath();
    return ImmutableViolation.copyOf(this).withPath(path);
  }

  /**
   * Returns a copy that says where in the input the problem is.
   *
   * @param line the 1-based line
   * @param column the column name or number, may be null
   * @return the copy
   */
  default Violation at(long line, String column) {
    return ImmutableViolation.copyOf(this).withLine(line).withColumn(Optional.ofNullable(column));
  }

  /**
   * Returns a copy without the offending value, for confidential fields.
   *
   * @return the copy
   */
  default Violation withoutValue() {
    return ImmutableViolation.copyOf(this).withValue(Optional.empty());
  }
}
