package brussels.socialhealth.core.json.internal;

import brussels.socialhealth.core.CoreCodes;
import brussels.socialhealth.core.Extensions;
import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.json.ReadResult;
import brussels.socialhealth.core.validation.ValidationReport;
import brussels.socialhealth.core.validation.Violation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The line-neutral half of lenient reading that keeps unknown fields: both Jackson lines read the document
 * and the value written back as plain Java trees ({@link Map}, {@link List}, {@link String}, {@link Number},
 * {@link Boolean}, null), and this class finds the fields present in the input and absent from the output,
 * locates them with a {@link Tokens} view of a parser, and builds the {@link ReadResult}.
 */
public final class UnknownFields {
  private UnknownFields() {}

  /** A line-neutral view of a Jackson parser, enough to find where properties are. */
  public interface Tokens {
    /**
     * Advances to the next token.
     *
     * @return the Jackson name of the token ({@code START_OBJECT}, {@code PROPERTY_NAME} or {@code FIELD_NAME}...),
     *     null at the end of the input
     */
    String next();

    /**
     * Returns the name of the current property.
     *
     * @return the name
     */
    String name();

    /**
     * Returns the 1-based line of the current token.
     *
     * @return the line
     */
    long line();

    /**
     * Returns the 1-based column of the current token.
     *
     * @return the column
     */
    long column();

    /** Skips the children of the current object or array. */
    void skipChildren();
  }

  /**
   * Checks a namespace before anything is read.
   *
   * @param namespace the namespace; not null
   * @throws InvalidValueException {@link CoreCodes#EXTENSIONS_NAMESPACE} when it is not a valid namespace
   */
  public static void checkNamespace(String namespace) {
    Objects.requireNonNull(namespace, "namespace");
    Extensions.from(Map.of(namespace, Map.of()));
  }

  /**
   * Builds the result of a reading that keeps unknown fields.
   *
   * @param type the root type asked for
   * @param value the value read
   * @param input the document as a plain tree
   * @param output the value written back, as a plain tree
   * @param namespace the namespace of the kept fields, already checked
   * @param tokens opens a fresh token view of the document, to locate the unknown fields
   * @param <T> the root type
   * @return the result
   */
  public static <T> ReadResult<T> keep(Class<T> type, T value, Object input, Object output, String namespace,
      Supplier<Tokens> tokens) {
    Map<String, Object> unknown = new LinkedHashMap<>();
    diff(input, output, "$", unknown);
    if (unknown.isEmpty()) {
      return ReadResult.of(value, Extensions.empty(), ValidationReport.empty());
    }
    Map<String, long[]> where = new HashMap<>();
    Tokens stream = tokens.get();
    walk(stream, stream.next(), "$", unknown.keySet(), where);
    Map<String, String> fields = new LinkedHashMap<>();
    List<Violation> warnings = new ArrayList<>();
    unknown.forEach((path, json) -> {
      String text = toJson(json);
      long[] at = where.getOrDefault(path, new long[] {0, 0});
      fields.put(path, text);
      warnings.add(Violation.warning(CoreCodes.JSON_UNKNOWN_PROPERTY_KEPT, path, text, at[0], at[1], path, namespace)
          .at(at[0], String.valueOf(at[1])));
    });
    Extensions kept = Extensions.from(Map.of(namespace, fields));
    return ReadResult.of(mergeInto(type, value, kept), kept, ValidationReport.of(warnings));
  }

  /** Records the members of input objects that the output lacks; null and empty values carry nothing. */
  private static void diff(Object input, Object output, String path, Map<String, Object> unknown) {
    if (input instanceof Map && output instanceof Map) {
      Map<?, ?> out = (Map<?, ?>) output;
      ((Map<?, ?>) input).forEach((name, value) -> {
        String child = child(path, (String) name);
        if (out.containsKey(name)) {
          diff(value, out.get(name), child, unknown);
        } else if (!isEmpty(value)) {
          unknown.put(child, value);
        }
      });
    } else if (input instanceof List && output instanceof List
        && ((List<?>) input).size() == ((List<?>) output).size()) {
      List<?> in = (List<?>) input;
      List<?> out = (List<?>) output;
      for (int i = 0; i < in.size(); i++) {
        diff(in.get(i), out.get(i), path + "[" + i + "]", unknown);
      }
    }
  }

  private static boolean isEmpty(Object value) {
    return value == null
        || value instanceof Map && ((Map<?, ?>) value).isEmpty()
        || value instanceof List && ((List<?>) value).isEmpty();
  }

  private static String child(String path, String name) {
    return path + new JsonFailures.PathBuilder().prepend(name, -1).toString().substring(1);
  }

  /** Walks the value that starts with {@code token}, recording where the wanted properties' names are. */
  private static void walk(Tokens tokens, String token, String path, Set<String> wanted, Map<String, long[]> where) {
    if ("START_OBJECT".equals(token)) {
      for (String t = tokens.next(); "PROPERTY_NAME".equals(t) || "FIELD_NAME".equals(t); t = tokens.next()) {
        String child = child(path, tokens.name());
        if (wanted.contains(child)) {
          where.put(child, new long[] {tokens.line(), tokens.column()});
        }
        descend(tokens, tokens.next(), child, wanted, where);
      }
    } else if ("START_ARRAY".equals(token)) {
      int index = 0;
      for (String t = tokens.next(); t != null && !"END_ARRAY".equals(t); t = tokens.next()) {
        descend(tokens, t, path + "[" + index++ + "]", wanted, where);
      }
    }
  }

  private static void descend(Tokens tokens, String token, String path, Set<String> wanted,
      Map<String, long[]> where) {
    if (!"START_OBJECT".equals(token) && !"START_ARRAY".equals(token)) {
      return;
    }
    boolean inside = wanted.stream().anyMatch(p -> p.length() > path.length() && p.startsWith(path)
        && (p.charAt(path.length()) == '.' || p.charAt(path.length()) == '['));
    if (inside) {
      walk(tokens, token, path, wanted, where);
    } else {
      tokens.skipChildren();
    }
  }

  /** Writes a plain tree as compact JSON: members in document order, numbers as read. */
  static String toJson(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value instanceof Map) {
      out.append('{');
      String separator = "";
      for (Map.Entry<?, ?> member : ((Map<?, ?>) value).entrySet()) {
        out.append(separator);
        quote(String.valueOf(member.getKey()), out);
        out.append(':');
        write(member.getValue(), out);
        separator = ",";
      }
      out.append('}');
    } else if (value instanceof List) {
      out.append('[');
      String separator = "";
      for (Object element : (List<?>) value) {
        out.append(separator);
        write(element, out);
        separator = ",";
      }
      out.append(']');
    } else if (value instanceof String) {
      quote((String) value, out);
    } else if (value instanceof BigDecimal) {
      out.append(((BigDecimal) value).toString());
    } else {
      out.append(value);
    }
  }

  private static void quote(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  /**
   * Merges the kept fields into the value's own extensions when its class has public
   * {@code Extensions getExtensions()} and {@code withExtensions(Extensions)} methods returning the root type.
   */
  private static <T> T mergeInto(Class<T> type, T value, Extensions kept) {
    Method getter;
    Method wither;
    try {
      getter = value.getClass().getMethod("getExtensions");
      wither = value.getClass().getMethod("withExtensions", Extensions.class);
    } catch (NoSuchMethodException e) {
      return value;
    }
    if (getter.getReturnType() != Extensions.class || !type.isAssignableFrom(wither.getReturnType())) {
      return value;
    }
    try {
      Extensions own = (Extensions) getter.invoke(value);
      return type.cast(wither.invoke(value, own.merge(kept)));
    } catch (IllegalAccessException e) {
      return value;
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new IllegalStateException("withExtensions failed on " + value.getClass().getName(), e.getCause());
    }
  }
}
