package brussels.socialhealth.directory.exchange.internal;

import brussels.socialhealth.core.validation.Violation;
import brussels.socialhealth.directory.exchange.ExchangeCodes;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A YAML document as a tree whose every node knows its line and column in the file, so that mapping
 * mistakes can be reported where they are. Built with Jackson's streaming YAML parser (Jackson trees do
 * not keep positions). Immutable once built.
 */
public final class YamlNode {
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  /** The kind of a node. */
  public enum Kind {
    /** A mapping of keys to nodes. */
    MAP,
    /** A sequence. */
    LIST,
    /** A scalar (string, number, boolean). */
    SCALAR,
    /** An explicit {@code null} or {@code ~}. */
    NULL
  }

  private final Kind kind;
  private final long line;
  private final long column;
  private final String text;
  private final Map<String, YamlNode> entries;
  private final Map<String, YamlNode> keys;
  private final List<YamlNode> items;

  private YamlNode(Kind kind, long line, long column, String text, Map<String, YamlNode> entries,
      Map<String, YamlNode> keys, List<YamlNode> items) {
    this.kind = kind;
    this.line = line;
    this.column = column;
    this.text = text;
    this.entries = entries;
    this.keys = keys;
    this.items = items;
  }

  /**
   * Parses a YAML document.
   *
   * @param reader the text; read to the end, not closed
   * @param problems receives duplicate keys (each located)
   * @return the root, or null for an empty document
   * @throws YamlSyntaxException if the text is not YAML
   */
  public static YamlNode parse(Reader reader, List<Violation> problems) {
    try (JsonParser parser = YAML.createParser(reader)) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return null;
      }
      return read(parser, problems);
    } catch (JacksonException e) {
      TokenStreamLocation where = e.getLocation();
      throw new YamlSyntaxException(Violation.error(ExchangeCodes.MAPPING_SYNTAX, "", e.getOriginalMessage())
          .at(where == null ? 1 : Math.max(1, where.getLineNr()),
              where == null || where.getColumnNr() < 1 ? null : String.valueOf(where.getColumnNr())));
    }
  }

  private static YamlNode read(JsonParser parser, List<Violation> problems) {
    TokenStreamLocation where = parser.currentTokenLocation();
    long line = Math.max(1, where.getLineNr());
    long column = Math.max(1, where.getColumnNr());
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT: {
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        Map<String, YamlNode> keys = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          TokenStreamLocation keyWhere = parser.currentTokenLocation();
          String name = parser.currentName();
          YamlNode key = new YamlNode(Kind.SCALAR, Math.max(1, keyWhere.getLineNr()),
              Math.max(1, keyWhere.getColumnNr()), name, null, null, null);
          parser.nextToken();
          YamlNode value = read(parser, problems);
          if (entries.containsKey(name)) {
            problems.add(Violation.error(ExchangeCodes.MAPPING_DUPLICATE_KEY, "", name)
                .at(key.line, String.valueOf(key.column)));
          } else {
            entries.put(name, value);
            keys.put(name, key);
          }
        }
        return new YamlNode(Kind.MAP, line, column, null, Collections.unmodifiableMap(entries),
            Collections.unmodifiableMap(keys), null);
      }
      case START_ARRAY: {
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(read(parser, problems));
        }
        return new YamlNode(Kind.LIST, line, column, null, null, null, Collections.unmodifiableList(items));
      }
      case VALUE_NULL:
        return new YamlNode(Kind.NULL, line, column, null, null, null, null);
      default:
        return new YamlNode(Kind.SCALAR, line, column, parser.getString(), null, null, null);
    }
  }

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the 1-based line.
   *
   * @return the line
   */
  public long line() {
    return line;
  }

  /**
   * Returns the 1-based column.
   *
   * @return the column
   */
  public long column() {
    return column;
  }

  /**
   * Returns the scalar text.
   *
   * @return the text, null unless a scalar
   */
  public String text() {
    return text;
  }

  /**
   * Returns the entries of a map.
   *
   * @return the entries in file order, empty unless a map
   */
  public Map<String, YamlNode> entries() {
    return entries == null ? Map.of() : entries;
  }

  /**
   * Returns the key node of an entry, for its position.
   *
   * @param name the key
   * @return the key node, or this node if unknown
   */
  public YamlNode key(String name) {
    YamlNode key = keys == null ? null : keys.get(name);
    return key == null ? this : key;
  }

  /**
   * Returns the items of a list.
   *
   * @return the items, empty unless a list
   */
  public List<YamlNode> items() {
    return items == null ? List.of() : items;
  }

  /**
   * Returns a violation located at this node.
   *
   * @param violation the violation
   * @return the located copy
   */
  public Violation locate(Violation violation) {
    return violation.at(line, String.valueOf(column));
  }

  /** Thrown when a mapping file is not YAML at all. */
  public static final class YamlSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Violation violation;

    YamlSyntaxException(Violation violation) {
      super(violation.getCode());
      this.violation = violation;
    }

    /**
     * Returns the located syntax violation.
     *
     * @return the violation
     */
    public Violation violation() {
      return violation;
    }
  }
}
