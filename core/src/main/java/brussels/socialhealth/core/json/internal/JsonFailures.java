package brussels.socialhealth.core.json.internal;

import brussels.socialhealth.core.CoreCodes;
import brussels.socialhealth.core.InvalidValueException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson-line-neutral pieces of error translation. Jackson reports the kind of a stream failure (which
 * limit, a duplicate key) only in its message; the patterns below are checked by tests under both lines.
 */
public final class JsonFailures {
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
  private static final Pattern QUOTED = Pattern.compile("(?:token|property|field|marker) ['\"]([^'\"]{0,200})['\"]");
  private static final Pattern CHARACTER = Pattern.compile("character \\(+('.{1,2}'|CTRL-CHAR, code \\d+|code \\d+)");
  private static final Pattern LIMIT = Pattern.compile("maximum allowed \\((\\d+)");

  private JsonFailures() {}

  /**
   * Builds a JSON path such as {@code $.services[2].phones[0]} from the outermost segment inwards.
   */
  public static final class PathBuilder {
    private final Deque<String> segments = new ArrayDeque<>();

    /**
     * Adds a segment in front (callers walk from the innermost context outwards).
     *
     * @param name a property name, or null for an array element
     * @param index the array index, used when {@code name} is null; negative when unknown
     * @return this builder
     */
    public PathBuilder prepend(String name, int index) {
      if (name != null) {
        segments.addFirst(PLAIN_NAME.matcher(name).matches()
            ? "." + name : "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']");
      } else if (index >= 0) {
        segments.addFirst("[" + index + "]");
      }
      return this;
    }

    /**
     * Adds a segment at the end (callers walk from the outermost reference inwards).
     *
     * @param name a property name, or null for an array element
     * @param index the array index when {@code name} is null
     * @return this builder
     */
    public PathBuilder append(String name, int index) {
      PathBuilder one = new PathBuilder().prepend(name, index);
      segments.addAll(one.segments);
      return this;
    }

    /**
     * Tells whether no segment was added.
     *
     * @return true for the root path
     */
    public boolean isEmpty() {
      return segments.isEmpty();
    }

    @Override
    public String toString() {
      return "$" + String.join("", segments);
    }
  }

  /**
   * Classifies a stream-constraint failure by its message.
   *
   * @param message the Jackson message; may be null
   * @return a {@code core.json.*} code
   */
  public static String constraintCode(String message) {
    String text = message == null ? "" : message;
    if (text.contains("nesting depth")) {
      return CoreCodes.JSON_TOO_DEEP;
    }
    if (text.contains("Number value length")) {
      return CoreCodes.JSON_NUMBER_TOO_LONG;
    }
    if (text.contains("String value length")) {
      return CoreCodes.JSON_STRING_TOO_LONG;
    }
    if (text.contains("Name length")) {
      return CoreCodes.JSON_NAME_TOO_LONG;
    }
    return CoreCodes.JSON_DOCUMENT_TOO_LARGE;
  }

  /**
   * Extracts the limit a constraint message names.
   *
   * @param message the Jackson message; may be null
   * @return the limit, or an empty string
   */
  public static String limitFrom(String message) {
    Matcher matcher = LIMIT.matcher(message == null ? "" : message);
    return matcher.find() ? matcher.group(1) : "";
  }

  /**
   * Tells whether a stream failure is a duplicate property.
   *
   * @param message the Jackson message; may be null
   * @return true for "Duplicate Object property" (Jackson 3) and "Duplicate field" (Jackson 2)
   */
  public static boolean isDuplicate(String message) {
    return message != null && message.startsWith("Duplicate ");
  }

  /**
   * Tells whether a binding failure is about the end of the input.
   *
   * @param message the Jackson message; may be null
   * @return true when the message speaks of the end of the input
   */
  public static boolean isEndOfInput(String message) {
    return message != null && message.contains("end-of-input");
  }

  /**
   * Extracts the offending token or name a Jackson message quotes.
   *
   * @param message the Jackson message; may be null
   * @return the token, or an empty string
   */
  public static String tokenFrom(String message) {
    String text = message == null ? "" : message;
    Matcher character = CHARACTER.matcher(text);
    if (character.find()) {
      String found = character.group(1);
      return found.startsWith("'") ? found.substring(1, found.length() - 1) : found;
    }
    Matcher quoted = QUOTED.matcher(text);
    return quoted.find() ? quoted.group(1) : "";
  }

  /**
   * Finds the innermost failure of a given type in a cause chain: Jackson 2 sometimes wraps a failure of
   * the parser (a limit, a syntax error, the end of the input) in a binding exception.
   *
   * @param failure the failure; may be null
   * @param type the type looked for
   * @param <T> the type
   * @return the first failure of that type, starting with {@code failure} itself
   */
  public static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the model's own error among the causes of a failure.
   *
   * @param failure the failure; may be null
   * @return the first {@link InvalidValueException} in the cause chain
   */
  public static Optional<InvalidValueException> invalidValue(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof InvalidValueException) {
        return Optional.of((InvalidValueException) t);
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether a creator failed because a required attribute was missing (Immutables builders throw
   * {@link IllegalStateException} "Cannot build X, some of required attributes are not set [...]").
   *
   * @param failure the failure; may be null
   * @return the missing attributes as Immutables names them, if that is the cause
   */
  public static Optional<String> missingAttributes(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof IllegalStateException && t.getMessage() != null
          && t.getMessage().contains("required attributes are not set")) {
        String message = t.getMessage();
        int open = message.lastIndexOf('[');
        int close = message.lastIndexOf(']');
        return Optional.of(open >= 0 && close > open ? message.substring(open + 1, close) : "");
      }
    }
    return Optional.empty();
  }
}
