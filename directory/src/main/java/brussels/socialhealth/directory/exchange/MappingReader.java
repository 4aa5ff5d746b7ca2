package brussels.socialhealth.directory.exchange;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.validation.Violation;
import brussels.socialhealth.directory.exchange.internal.YamlNode;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a YAML mapping file into a {@link Mapping}, reporting every mistake of form (syntax, unknown or
 * missing keys, bad values, duplicate keys) with its line and column. Checks that need the target or the
 * input's header are {@link Mapping#check(ExchangeTarget)} and {@link Mapping#checkColumns(List)}.
 * Stateless and thread-safe. The format is documented in {@code docs/integration.md}.
 */
public final class MappingReader {
  private static final Set<String> TOP = Set.of("mapping", "source", "target", "input", "id", "fields", "ignore");
  private static final Set<String> INPUT = Set.of("format", "encoding", "separator");
  private static final Set<String> FIELD = Set.of("column", "columns", "split", "languages", "separators",
      "values", "default", "on-invalid");

  /** The source name is the namespace of extensions and the system of external references. */
  private static final java.util.regex.Pattern SOURCE = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  private MappingReader() {}

  /**
   * Reads a mapping file (UTF-8).
   *
   * @param file the file; not null
   * @return the mapping
   * @throws IOException if the file cannot be read
   * @throws MappingException if the mapping has mistakes of form
   */
  public static Mapping read(Path file) throws IOException {
    Path name = file.getFileName();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, name == null ? file.toString() : name.toString());
    }
  }

  /**
   * Reads a mapping from text.
   *
   * @param yaml the YAML text; not null
   * @param fileName the name for reports; not null
   * @return the mapping
   * @throws MappingException if the mapping has mistakes of form
   */
  public static Mapping read(String yaml, String fileName) {
    return read(new StringReader(yaml), fileName);
  }

  /**
   * Reads a mapping from characters.
   *
   * @param reader the YAML text; read to the end, not closed
   * @param fileName the name for reports; not null
   * @return the mapping
   * @throws MappingException if the mapping has mistakes of form
   */
  public static Mapping read(Reader reader, String fileName) {
    List<Violation> problems = new ArrayList<>();
    YamlNode root;
    try {
      root = YamlNode.parse(reader, problems);
    } catch (YamlNode.YamlSyntaxException e) {
      throw new MappingException(fileName, List.of(e.violation()));
    }
    if (root == null || root.kind() != YamlNode.Kind.MAP) {
      Violation v = Violation.error(ExchangeCodes.MAPPING_BAD_VALUE, "", root == null ? "" : String.valueOf(root.text()),
          "(document)", "a map of keys: " + String.join(", ", sorted(TOP)));
      throw new MappingException(fileName, List.of(root == null ? v.at(1, "1") : root.locate(v)));
    }
    ImmutableMapping.Builder mapping = Mapping.builder().file(fileName);
    unknownKeys(root, TOP, "(top)", problems);

    YamlNode version = required(root, "mapping", "(top)", problems);
    if (version != null) {
      String text = scalar(version, "mapping", "1", problems);
      if (text != null && !String.valueOf(Mapping.VERSION).equals(text.strip())) {
        problems.add(version.locate(Violation.error(ExchangeCodes.MAPPING_VERSION, "", text, Mapping.VERSION)));
      }
    }
    String source = scalar(required(root, "source", "(top)", problems), "source", "a name", problems);
    if (source != null) {
      if (!SOURCE.matcher(source.strip()).matches()) {
        problems.add(root.entries().get("source").locate(Violation.error(ExchangeCodes.MAPPING_BAD_VALUE, "", source,
            "source", "a lower-case system name: letters, digits, '.', '_', '-' (at most 64)")));
      }
      mapping.source(source.strip());
    }
    YamlNode targetNode = required(root, "target", "(top)", problems);
    String target = scalar(targetNode, "target", "a target name", problems);
    if (target != null) {
      mapping.target(target.strip());
      mapping.putPosition("target", position(targetNode));
    }
    readInput(required(root, "input", "(top)", problems), mapping, problems);

    YamlNode id = root.entries().get("id");
    if (id != null) {
      String column = scalar(id, "id", "a column name", problems);
      if (column != null) {
        mapping.idColumn(column);
        mapping.putPosition("id", position(id));
      }
    }
    YamlNode fields = required(root, "fields", "(top)", problems);
    if (fields != null) {
      mapping.putPosition("fields", position(root.key("fields")));
      if (fields.kind() != YamlNode.Kind.MAP) {
        problems.add(fields.locate(Violation.error(ExchangeCodes.MAPPING_BAD_VALUE, "", "", "fields",
            "a map of target fields")));
      } else {
        for (Map.Entry<String, YamlNode> entry : fields.entries().entrySet()) {
          readField(entry.getKey(), fields.key(entry.getKey()), entry.getValue(), problems)
              .ifPresent(mapping::addField);
        }
      }
    }
    YamlNode ignore = root.entries().get("ignore");
    if (ignore != null) {
      List<YamlNode> items = list(ignore, "ignore", problems);
      for (int i = 0; i < items.size(); i++) {
        String column = scalar(items.get(i), "ignore", "a column name", problems);
        if (column != null) {
          mapping.addIgnoredColumn(column);
          mapping.putPosition("ignore:" + column, position(items.get(i)));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new MappingException(fileName, problems);
    }
    return mapping.build();
  }

  private static void readInput(YamlNode input, ImmutableMapping.Builder mapping, List<Violation> problems) {
    if (input == null) {
      return;
    }
    if (input.kind() != YamlNode.Kind.MAP) {
      problems.add(input.locate(Violation.error(ExchangeCodes.MAPPING_BAD_VALUE, "", String.valueOf(input.text()),
          "input", "a map with format, encoding, separator")));
      return;
    }
    unknownKeys(input, INPUT, "input", problems);
    YamlNode formatNode = required(input, "format", "input", problems);
    String format = scalar(formatNode, "format", "csv, json or jsonl", problems);
    if (format != null) {
      Optional<InputFormat> found = InputFormat.find(format);
      if (found.isPresent()) {
        mapping.format(found.get());
      } else {
        problems.add(formatNode.locate(Violation.error(ExchangeCodes.MAPPING_BAD_VALUE, "", format, "format",
            "csv, json, jsonl")));
      }
    }
    YamlNode encodingNode = input.entries().get("encoding");
    String encoding = scalar(encodingNode, "encoding", "utf-8, windows-1252 or auto", problems);
    if (encoding != null && !"auto".equalsIgnoreCase(encoding.strip())) {
      try {
        mapping.encoding(Charset.forName(encoding.strip()));
      } catch (IllegalArgumentException e) {
        problems.add(encodingNode.locate(Violation.error(ExchangeCodes.MAPPING_BAD_VALUE, "", encoding,
            "encoding", "utf-8, windows-1252, auto")));
      }
    }
    YamlNode separatorNode = input.entries().get("separator");
    String separator = scalar(separatorNode, "separator", "; , tab or auto", problems);
    if (separator != null && !"auto".equalsIgnoreCase(separator)) {
      String s = "tab".equalsIgnoreCase(separator) || "\\t".equals(separator) ? "\t" : separator;
      if (s.length() != 1 || s.charAt(0) == '"' || s.charAt(0) == '\n' || s.charAt(0) == '\r') {
        problems.add(separatorNode.locate(Violation.error(ExchangeCodes.MAPPING_BAD_VALUE, "", separator,
            "separator", "; , tab | auto")));
      } else {
        mapping.separator(s.charAt(0));
      }
    }
  }

  private static Optional<FieldMapping> readField(String name, YamlNode key, YamlNode node,
      List<Violation> problems) {
    ImmutableFieldMapping.Builder field = FieldMapping.builder().target(name);
    field.putPosition("field", position(key));
    int before = problems.size();
    if (node.kind() == YamlNode.Kind.SCALAR) {
      field.column(node.text());
      field.putPosition("column", position(node));
      return Optional.of(field.build());
    }
    if (node.kind() != YamlNode.Kind.MAP) {
      problems.add(node.locate(Violation.error(ExchangeCodes.MAPPING_BAD_VALUE, "", "", name,
          "a column name or a map of " + String.join(", ", sorted(FIELD)))));
      return Optional.empty();
    }
    unknownKeys(node, FIELD, "fields." + name, problems);
    Map<String, YamlNode> entries = node.entries();
    if (entries.containsKey("column")) {
      String column = scalar(entries.get("column"), "column", "a column name", problems);
      if (column != null) {
        field.column(column);
        field.putPosition("column", position(entries.get("column")));
      }
    }
    if (entries.containsKey("columns")) {
      YamlNode columns = entries.get("columns");
      if (columns.kind() != YamlNode.Kind.MAP) {
        problems.add(columns.locate(Violation.error(ExchangeCodes.MAPPING_BAD_VALUE, "", "", "columns",
            "a map of language (fr, nl, en, de) to column")));
      } else {
        for (Map.Entry<String, YamlNode> entry : columns.entries().entrySet()) {
          Optional<Language> language = language(entry.getKey(), columns.key(entry.getKey()), problems);
          String column = scalar(entry.getValue(), "columns", "a column name", problems);
          if (language.isPresent() && column != null) {
            field.putLanguageColumn(language.get(), column);
            field.putPosition("columns." + language.get().code(), position(entry.getValue()));
          }
        }
      }
    }
    if (entries.containsKey("split")) {
      String split = scalar(entries.get("split"), "split", "the text between languages", problems);
      if (split != null) {
        if (split.isEmpty()) {
          problems.add(entries.get("split").locate(Violation.error(ExchangeCodes.MAPPING_BAD_VALUE, "", split,
              "split", "a non-empty text such as \" / \"")));
        } else {
          field.split(split);
          field.putPosition("split", position(entries.get("split")));
        }
      }
    }
    if (entries.containsKey("languages")) {
      for (YamlNode item : list(entries.get("languages"), "languages", problems)) {
        String code = scalar(item, "languages", "fr, nl, en, de", problems);
        if (code != null) {
          language(code, item, problems).ifPresent(field::addLanguage);
        }
      }
      field.putPosition("languages", position(entries.get("languages")));
    }
    if (entries.containsKey("separators")) {
      YamlNode separators = entries.get("separators");
      List<YamlNode> items = separators.kind() == YamlNode.Kind.SCALAR ? List.of(separators)
          : list(separators, "separators", problems);
      for (YamlNode item : items) {
        String separator = scalar(item, "separators", "a non-empty text", problems);
        if (separator != null && separator.isEmpty()) {
          problems.add(item.locate(Violation.error(ExchangeCodes.MAPPING_BAD_VALUE, "", separator,
              "separators", "a non-empty text")));
        } else if (separator != null) {
          field.addSeparator(separator);
        }
      }
      field.putPosition("separators", position(separators));
    }
    if (entries.containsKey("values")) {
      YamlNode values = entries.get("values");
      if (values.kind() != YamlNode.Kind.MAP) {
        problems.add(values.locate(Violation.error(ExchangeCodes.MAPPING_BAD_VALUE, "", "", "values",
            "a map of partner value to code")));
      } else {
        for (Map.Entry<String, YamlNode> entry : values.entries().entrySet()) {
          String code = scalar(entry.getValue(), "values", "a code", problems);
          if (code != null) {
            field.putValue(entry.getKey(), code.strip());
            field.putPosition("values." + entry.getKey(), position(entry.getValue()));
          }
        }
      }
    }
    if (entries.containsKey("default")) {
      String value = scalar(entries.get("default"), "default", "a value", problems);
      if (value != null) {
        field.defaultValue(value);
        field.putPosition("default", position(entries.get("default")));
      }
    }
    if (entries.containsKey("on-invalid")) {
      YamlNode policy = entries.get("on-invalid");
      String value = scalar(policy, "on-invalid", "warn or reject", problems);
      if (value != null) {
        Optional<OnInvalid> found = OnInvalid.find(value);
        if (found.isPresent()) {
          field.onInvalid(found.get());
        } else {
          problems.add(policy.locate(Violation.error(ExchangeCodes.MAPPING_BAD_VALUE, "", value, "on-invalid",
              "warn, reject")));
        }
      }
    }
    return problems.size() == before ? Optional.of(field.build()) : Optional.empty();
  }

  private static Optional<Language> language(String code, YamlNode where, List<Violation> problems) {
    try {
      return Optional.of(Language.parse(code.strip()));
    } catch (IllegalArgumentException e) {
      problems.add(where.locate(Violation.error(ExchangeCodes.MAPPING_BAD_VALUE, "", code, "language",
          "fr, nl, en, de")));
      return Optional.empty();
    }
  }

  private static void unknownKeys(YamlNode map, Set<String> known, String section, List<Violation> problems) {
    for (String key : map.entries().keySet()) {
      if (!known.contains(key)) {
        problems.add(map.key(key).locate(Violation.error(ExchangeCodes.MAPPING_UNKNOWN_KEY, "", key, section,
            String.join(", ", sorted(known)))));
      }
    }
  }

  private static YamlNode required(YamlNode map, String key, String section, List<Violation> problems) {
    if (map == null) {
      return null;
    }
    YamlNode node = map.entries().get(key);
    if (node == null || node.kind() == YamlNode.Kind.NULL) {
      problems.add((node == null ? map : node).locate(
          Violation.error(ExchangeCodes.MAPPING_MISSING_KEY, "", key, section)));
      return null;
    }
    return node;
  }

  private static String scalar(YamlNode node, String key, String expected, List<Violation> problems) {
    if (node == null) {
      return null;
    }
    if (node.kind() != YamlNode.Kind.SCALAR) {
      problems.add(node.locate(Violation.error(ExchangeCodes.MAPPING_BAD_VALUE, "",
          node.kind().name().toLowerCase(java.util.Locale.ROOT), key, expected)));
      return null;
    }
    return node.text();
  }

  private static List<YamlNode> list(YamlNode node, String key, List<Violation> problems) {
    if (node.kind() != YamlNode.Kind.LIST) {
      problems.add(node.locate(Violation.error(ExchangeCodes.MAPPING_BAD_VALUE, "",
          String.valueOf(node.text()), key, "a list")));
      return List.of();
    }
    return node.items();
  }

  private static MappingPosition position(YamlNode node) {
    return new MappingPosition(node.line(), node.column());
  }

  private static List<String> sorted(Set<String> keys) {
    List<String> list = new ArrayList<>(keys);
    java.util.Collections.sort(list);
    return list;
  }
}
