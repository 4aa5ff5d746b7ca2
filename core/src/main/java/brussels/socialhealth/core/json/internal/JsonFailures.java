package brussels.socialhealth.core.json.internal;

import brussels.socialhealth.core.CoreCodes;
import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.json.JsonInputException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Jackson-line-neutral pieces of error translation. Each reader describes a Jackson failure as a
 * {@link Failure} (its kind and what it carries) and {@link #classify(Failure, boolean)} turns it into the
 * {@link JsonInputException}, so both lines give the same codes in the same order of precedence. Jackson
 * reports the kind of a stream failure (which limit, a duplicate key) only in its message; the patterns below
 * are checked by tests under both lines.
 */
public final class JsonFailures {
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
  private static final Pattern QUOTED = Pattern.compile("(?:token|property|field|marker) ['\"]([^'\"]{0,200})['\"]");
  private static final Pattern CHARACTER = Pattern.compile("character \\(+('.{1,2}'|CTRL-CHAR, code \\d+|code \\d+)");
  private static final Pattern LIMIT = Pattern.compile("maximum allowed \\((\\d+)");

  private JsonFailures() {}

  /** The kind of a Jackson failure, named after the exception types both lines share. */
  public enum Kind {
    /** A stream constraint (a limit) was exceeded. */
    CONSTRAINT,
    /** The parser met the end of the input inside a value. */
    END_OF_INPUT,
    /** Any other failure of the parser (syntax, duplicate key). */
    STREAM_READ,
    /** A property the type does not know, in strict reading. */
    UNRECOGNIZED_PROPERTY,
    /** A polymorphic type id that is missing or not registered. */
    TYPE_ID,
    /** A scalar value Jackson could not convert. */
    INVALID_FORMAT,
    /** A null where none is allowed, or a creator that threw. */
    INVALID_NULL_OR_INSTANTIATION,
    /** Any other mismatch between the input and the type. */
    MISMATCHED_INPUT,
    /** Anything else. */
    OTHER
  }

  /**
   * What one Jackson line tells about a failure, in line-neutral terms.
   *
   * @param kind the kind, from the exception's type (most specific first)
   * @param message the exception's original message; may be null
   * @param line the 1-based line, 0 when unknown
   * @param column the 1-based column, 0 when unknown
   * @param streamPath the JSON path of the parser's position
   * @param bindingPath the JSON path the binding layer reports, null or empty when none
   * @param currentName the property name at the parser's position, may be null
   * @param detail the property name, type id or rejected value the exception carries, may be null
   * @param limits the parser's nesting, number, string and name limits, in that order
   * @param cause the Jackson exception
   */
  public record Failure(Kind kind, String message, int line, int column, String streamPath, String bindingPath,
      String currentName, String detail, List<Integer> limits, Throwable cause) {}

  /**
   * Turns a failure into the typed exception, the same way for both lines.
   *
   * @param f the failure
   * @param rootRead whether the root value had been read (a later stream failure is a trailing token)
   * @return the exception to throw
   */
  public static JsonInputException classify(Failure f, boolean rootRead) {
    String message = f.message();
    if (f.kind() == Kind.CONSTRAINT) {
      String code = constraintCode(message);
      return exception(f, code, "", f.streamPath(), limit(code, f.limits(), message));
    }
    boolean stream = f.kind() == Kind.END_OF_INPUT || f.kind() == Kind.STREAM_READ;
    if (rootRead && stream) {
      return exception(f, CoreCodes.JSON_TRAILING_TOKENS, tokenFrom(message), "$", "");
    }
    if (f.kind() == Kind.END_OF_INPUT) {
      return exception(f, CoreCodes.JSON_TRUNCATED, "", f.streamPath(), "");
    }
    if (f.kind() == Kind.STREAM_READ) {
      if (isDuplicate(message)) {
        return exception(f, CoreCodes.JSON_DUPLICATE_KEY,
            f.currentName() == null ? tokenFrom(message) : f.currentName(), f.streamPath(), "");
      }
      return exception(f, CoreCodes.JSON_SYNTAX, tokenFrom(message), f.streamPath(), "");
    }
    String path = f.bindingPath() == null || f.bindingPath().isEmpty() ? f.streamPath() : f.bindingPath();
    if (f.kind() == Kind.UNRECOGNIZED_PROPERTY) {
      return exception(f, CoreCodes.JSON_UNKNOWN_PROPERTY, f.detail(), path, "");
    }
    if (f.kind() == Kind.TYPE_ID) {
      return f.detail() == null
          ? exception(f, CoreCodes.JSON_MISSING_TYPE, "", path, "")
          : exception(f, CoreCodes.JSON_UNKNOWN_TYPE, f.detail(), path, "");
    }
    Optional<InvalidValueException> invalid = invalidValue(f.cause());
    if (invalid.isPresent()) {
      return exception(f, CoreCodes.JSON_INVALID_VALUE, invalid.get().getInput(), path, invalid.get().getCode());
    }
    Optional<String> missing = missingAttributes(f.cause());
    if (missing.isPresent()) {
      return exception(f, CoreCodes.JSON_MISSING_PROPERTY, missing.get(), path, "");
    }
    switch (f.kind()) {
      case INVALID_FORMAT:
        return exception(f, CoreCodes.JSON_INVALID_VALUE, f.detail(), path, "");
      case INVALID_NULL_OR_INSTANTIATION:
        return exception(f, CoreCodes.JSON_INVALID_VALUE, "", path, "");
      case MISMATCHED_INPUT:
        if (isEndOfInput(message)) {
          return exception(f, CoreCodes.JSON_TRUNCATED, "", path, "");
        }
        if (message != null && message.startsWith("Missing required creator property")) {
          return exception(f, CoreCodes.JSON_MISSING_PROPERTY, tokenFrom(message), path, "");
        }
        return exception(f, CoreCodes.JSON_WRONG_TYPE, "", path, "");
      default:
        return exception(f, CoreCodes.JSON_UNREADABLE, "", path, "");
    }
  }

  private static JsonInputException exception(Failure f, String code, String input, String path, Object detail) {
    return new JsonInputException(code, input == null ? "" : input, Math.max(0, f.line()), Math.max(0, f.column()),
        path, detail, f.cause());
  }

  private static String limit(String code, List<Integer> limits, String message) {
    switch (code) {
      case CoreCodes.JSON_TOO_DEEP:
        return String.valueOf(limits.get(0));
      case CoreCodes.JSON_NUMBER_TOO_LONG:
        return String.valueOf(limits.get(1));
      case CoreCodes.JSON_STRING_TOO_LONG:
        return String.valueOf(limits.get(2));
      case CoreCodes.JSON_NAME_TOO_LONG:
        return String.valueOf(limits.get(3));
      default:
        return limitFrom(message);
    }
  }

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
    return causes(failure).filter(type::isInstance).map(type::cast).findFirst();
  }

  private static Stream<Throwable> causes(Throwable failure) {
    return Stream.iterate(failure, t -> t != null, t -> t.getCause() == t ? null : t.getCause());
  }

  /**
   * Finds the model's own error among the causes of a failure.
   *
   * @param failure the failure; may be null
   * @return the first {@link InvalidValueException} in the cause chain
   */
  public static Optional<InvalidValueException> invalidValue(Throwable failure) {
    return find(failure, InvalidValueException.class);
  }

  /**
   * Tells whether a creator failed because a required attribute was missing (Immutables builders throw
   * {@link IllegalStateException} "Cannot build X, some of required attributes are not set [...]").
   *
   * @param failure the failure; may be null
   * @return the missing attributes as Immutables names them, if that is the cause
   */
  public static Optional<String> missingAttributes(Throwable failure) {
    return causes(failure)
        .filter(t -> t instanceof IllegalStateException && t.getMessage() != null
            && t.getMessage().contains("required attributes are not set"))
        .findFirst()
        .map(t -> {
          String message = t.getMessage();
          int open = message.lastIndexOf('[');
          int close = message.lastIndexOf(']');
          return open >= 0 && close > open ? message.substring(open + 1, close) : "";
        });
  }
}
