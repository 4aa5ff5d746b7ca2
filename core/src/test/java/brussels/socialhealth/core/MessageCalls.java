package brussels.socialhealth.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A source check shared by the tests of every module (from core's test-jar): each place in a module's main
 * code that renders a message from a code written as a constant supplies at least as many arguments as the
 * code's template has placeholders, so no user reads a raw {@code {1}}.
 *
 * <p>The calls recognised are {@code new InvalidValueException(code, input, args...)} (with or without a
 * cause, {@code {0}} being the input), {@code Messages.render(code, args...)}, {@code Texts.render},
 * {@code Reason.of}, {@code Violation.error/warning(code, path, value, args...)},
 * {@code Violation.of(severity, code, path, value, args...)}, {@code Coded.parse(type, [normaliser,] text,
 * code, args...)} and the command line's {@code message/println/text(code, args...)} and
 * {@code line(depth, code, args...)}. A code is recognised when it is a constant of one of the given classes
 * ({@code CoreCodes.PHONE_INVALID}), a code-shaped constant of the scanned file or a code-shaped string
 * literal; a call whose code is computed, or whose arguments are passed on as an array, is left to the tests
 * that run it.
 */
public final class MessageCalls {
  private static final Pattern CODE_SHAPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
  private static final Pattern LOCAL_CONSTANT =
      Pattern.compile("static\\s+final\\s+String\\s+(\\w+)\\s*=\\s*\"([a-z][a-z0-9.-]*)\"");
  private static final Pattern CONSTANT_REFERENCE = Pattern.compile("\\b((?:[A-Z]\\w*\\.)?[A-Z][A-Z0-9_]+)\\b");
  private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");
  private static final Pattern CAUSE = Pattern.compile("e|ex|cause|\\w*[Ee]xception|\\w+\\.getCause\\(\\)");
  private static final Pattern SPREAD = Pattern.compile("arguments|args|\\w+\\.toArray\\(\\)");

  /** A recognised call: where it starts, which argument is the code, how many arguments precede {0}. */
  private enum Call {
    INVALID_VALUE("new\\s+InvalidValueException\\s*\\(", 0, 1),
    RENDER("(?<![\\w.])(?:Messages|Texts)\\.render\\s*\\(", 0, 1),
    REASON("(?<![\\w.])Reason\\.of\\s*\\(", 0, 1),
    VIOLATION("(?<![\\w.])Violation\\.(?:error|warning)\\s*\\(", 0, 2),
    VIOLATION_OF("(?<![\\w.])Violation\\.of\\s*\\(", 1, 3),
    CODED_PARSE("(?<![\\w.])Coded\\.parse\\s*\\(", -1, -1),
    COMMAND_MESSAGE("(?<![\\w.])(?:message|println|text)\\s*\\(", 0, 1),
    COMMAND_LINE("(?<![\\w.])line\\s*\\(", 1, 2);

    private final Pattern start;
    private final int codeIndex;
    private final int before;

    Call(String start, int codeIndex, int before) {
      this.start = Pattern.compile(start);
      this.codeIndex = codeIndex;
      this.before = before;
    }
  }

  private MessageCalls() {}

  /**
   * Asserts that no call in the Java sources under a directory renders a code with fewer arguments than its
   * template's highest placeholder needs. All faults are reported together.
   *
   * @param sources the main sources of a module, for example {@code Path.of("src/main/java")}; must exist
   * @param codesClasses the {@code *Codes} classes whose constants the sources use
   * @throws AssertionError listing each call ({@code file:line code}) that leaves a placeholder unfilled
   */
  public static void assertArgumentsCoverPlaceholders(Path sources, Class<?>... codesClasses) {
    assertThat(sources).as("main sources").isDirectory();
    List<String> faults = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java")).sorted()::iterator) {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        Result result = check(sources.relativize(file).toString(), source, codesClasses);
        faults.addAll(result.faults);
        checked += result.checked;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(checked).as("calls with a constant code found under %s", sources).isPositive();
    assertThat(faults).as("calls that leave a placeholder unfilled").isEmpty();
  }

  /**
   * Checks one source text.
   *
   * @param name the file name used in the faults; not null
   * @param source the Java source; not null
   * @param codesClasses the {@code *Codes} classes whose constants the source uses
   * @return the faults, one {@code name:line code: n argument(s), template uses {k}} per call, empty if none
   */
  public static List<String> faults(String name, String source, Class<?>... codesClasses) {
    return check(name, source, codesClasses).faults;
  }

  private static final class Result {
    private final List<String> faults = new ArrayList<>();
    private int checked;
  }

  private static Result check(String name, String source, Class<?>... codesClasses) {
    Map<String, String> constants = constants(codesClasses);
    Matcher local = LOCAL_CONSTANT.matcher(source);
    while (local.find()) {
      if (CODE_SHAPE.matcher(local.group(2)).matches()) {
        constants.put(local.group(1), local.group(2));
      }
    }
    String code = withoutComments(source);
    Result result = new Result();
    for (Call call : Call.values()) {
      Matcher start = call.start.matcher(code);
      while (start.find()) {
        if (isDeclaration(code, start.start())) {
          continue;
        }
        List<String> arguments = arguments(code, start.end());
        int codeIndex = call.codeIndex;
        int before = call.before;
        if (call == Call.CODED_PARSE) {
          codeIndex = arguments.size() > 2 && !codes(arguments.get(2), constants).isEmpty() ? 2 : 3;
          before = codeIndex;
        }
        if (arguments.size() <= codeIndex || SPREAD.matcher(arguments.get(arguments.size() - 1)).matches()) {
          continue;
        }
        int supplied = arguments.size() - before;
        if (call == Call.INVALID_VALUE && arguments.size() > 2 && CAUSE.matcher(arguments.get(2)).matches()) {
          supplied--;
        }
        for (String c : codes(arguments.get(codeIndex), constants)) {
          result.checked++;
          int highest = highestPlaceholder(c);
          if (highest >= supplied) {
            int line = (int) code.substring(0, start.start()).chars().filter(ch -> ch == '\n').count() + 1;
            result.faults.add(name + ":" + line + " " + c + ": " + supplied + " argument(s), template uses {"
                + highest + "}");
          }
        }
      }
    }
    return result;
  }

  private static Map<String, String> constants(Class<?>... codesClasses) {
    Map<String, String> constants = new HashMap<>();
    for (Class<?> codesClass : codesClasses) {
      for (Field field : codesClass.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
            && field.getType() == String.class) {
          try {
            String value = (String) field.get(null);
            if (CODE_SHAPE.matcher(value).matches()) {
              constants.put(codesClass.getSimpleName() + "." + field.getName(), value);
              constants.putIfAbsent(field.getName(), value);
            }
          } catch (IllegalAccessException e) {
            throw new AssertionError("cannot read " + field, e);
          }
        }
      }
    }
    return constants;
  }

  private static Set<String> codes(String expression, Map<String, String> constants) {
    Set<String> codes = new LinkedHashSet<>();
    Matcher reference = CONSTANT_REFERENCE.matcher(expression);
    while (reference.find()) {
      String value = constants.get(reference.group(1));
      if (value != null) {
        codes.add(value);
      }
    }
    Matcher literal = LITERAL.matcher(expression);
    while (literal.find()) {
      if (Messages.find(literal.group(1), Language.EN).isPresent()) {
        codes.add(literal.group(1));
      }
    }
    return codes;
  }

  private static int highestPlaceholder(String code) {
    int highest = -1;
    for (Language language : Messages.MESSAGE_LANGUAGES) {
      Matcher placeholder = PLACEHOLDER.matcher(Messages.find(code, language).orElse(""));
      while (placeholder.find()) {
        highest = Math.max(highest, Integer.parseInt(placeholder.group(1)));
      }
    }
    return highest;
  }

  private static boolean isDeclaration(String code, int at) {
    String before = code.substring(code.lastIndexOf('\n', at - 1) + 1, at);
    return before.matches(".*\\b(?:String|void|LocalizedText|Violation|Reason)\\s+");
  }

  /** Blanks out comments, keeping string literals, text blocks and line numbers. */
  private static String withoutComments(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    while (i < source.length()) {
      int end = literalEnd(source, i);
      if (end > i) {
        out.append(source, i, end);
        i = end;
      } else if (source.startsWith("//", i)) {
        int eol = source.indexOf('\n', i);
        i = eol < 0 ? source.length() : eol;
      } else if (source.startsWith("/*", i)) {
        int close = source.indexOf("*/", i + 2);
        int stop = close < 0 ? source.length() : close + 2;
        source.substring(i, stop).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
        i = stop;
      } else {
        out.append(source.charAt(i++));
      }
    }
    return out.toString();
  }

  /** Returns the end of the string, char or text-block literal starting at {@code i}, or {@code i}. */
  private static int literalEnd(String source, int i) {
    char c = source.charAt(i);
    if (source.startsWith("\"\"\"", i)) {
      int close = source.indexOf("\"\"\"", i + 3);
      return close < 0 ? source.length() : close + 3;
    }
    if (c != '"' && c != '\'') {
      return i;
    }
    int j = i + 1;
    while (j < source.length() && source.charAt(j) != c) {
      j += source.charAt(j) == '\\' ? 2 : 1;
    }
    return Math.min(j + 1, source.length());
  }

  /** Splits the arguments of the call whose opening parenthesis ends just before {@code from}. */
  private static List<String> arguments(String code, int from) {
    List<String> arguments = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    int i = from;
    while (i < code.length()) {
      int end = literalEnd(code, i);
      if (end > i) {
        current.append(code, i, end);
        i = end;
        continue;
      }
      char c = code.charAt(i++);
      if (c == ')' && depth == 0) {
        break;
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      }
      if (c == ',' && depth == 0) {
        arguments.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    String last = current.toString().strip();
    if (!last.isEmpty() || !arguments.isEmpty()) {
      arguments.add(last);
    }
    return arguments;
  }
}
