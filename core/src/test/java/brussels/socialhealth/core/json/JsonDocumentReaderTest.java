package brussels.socialhealth.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brussels.socialhealth.core.CoreCodes;
import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.OpeningHours;
import brussels.socialhealth.core.json.TestDocuments.Contact;
import brussels.socialhealth.core.json.TestDocuments.Drawing;
import brussels.socialhealth.core.json.TestDocuments.Listing;
import brussels.socialhealth.core.json.TestDocuments.Service;
import brussels.socialhealth.core.json.TestDocuments.Square;
import brussels.socialhealth.core.json.jackson2.Jackson2DocumentReader;
import brussels.socialhealth.core.json.jackson2.SocialHealthJackson2;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each hostile or broken document, read under both Jackson lines, gives the same typed error: code, offending
 * input, line, column and JSON path. Columns are 1-based and, as Jackson reports them, point just after the
 * character or token at fault (for example the 65th {@code [} of a 64-deep limit sits at column 65, reported
 * as 66).
 */
class JsonDocumentReaderTest {
  private static final JsonLimits DEFAULT = JsonLimits.DEFAULT;

  private static final String SERVICES = """
      {
        "name": "a",
        "services": [
          {"name": "b"},
          {"name": "c", "fax": "02"}
        ]
      }""";

  static Stream<Arguments> hostileDocuments() {
    List<Arguments> cases = new ArrayList<>();
    // name, document, type, limits, code, input, line, column, path
    cases.add(Arguments.of("array nesting 10,000 deep", "[".repeat(10_000), Object.class, DEFAULT,
        CoreCodes.JSON_TOO_DEEP, "", 1, 66, "$" + "[0]".repeat(64)));
    cases.add(Arguments.of("object nesting 10,000 deep", "{\"a\":".repeat(10_000), Object.class, DEFAULT,
        CoreCodes.JSON_TOO_DEEP, "", 1, 322, "$" + ".a".repeat(64)));
    cases.add(Arguments.of("nesting 10,000 deep in an ignored property",
        "{\"name\":\"x\",\n\"extra\":" + "[".repeat(10_000), Listing.class, DEFAULT,
        CoreCodes.JSON_TOO_DEEP, "", 2, 73, "$.extra" + "[0]".repeat(63)));
    cases.add(Arguments.of("number of 10,000 digits",
        "{\"name\":\"x\",\"services\":[{\"name\":\"a\",\n\"capacity\":" + "1".repeat(10_000) + "}]}", Listing.class,
        DEFAULT, CoreCodes.JSON_NUMBER_TOO_LONG, "", 2, 10_012, "$.services[0].capacity"));
    cases.add(Arguments.of("string above the reader's limit", "{\"name\":\"" + "a".repeat(2000) + "\"}",
        Listing.class, JacksonLine.SMALL, CoreCodes.JSON_STRING_TOO_LONG, "", 1, 2011, "$.name"));
    cases.add(Arguments.of("string above the default limit", "{\"name\":\"" + "a".repeat(1_000_001) + "\"}",
        Listing.class, DEFAULT, CoreCodes.JSON_STRING_TOO_LONG, "", 1, 1_000_012, "$.name"));
    cases.add(Arguments.of("property name above the limit", "{\"" + "a".repeat(40) + "\":1}", Listing.class,
        JacksonLine.SMALL, CoreCodes.JSON_NAME_TOO_LONG, "", 1, 44, "$"));
    cases.add(Arguments.of("document above the limit", "{\"name\":\"" + "a".repeat(200) + "\"}", Listing.class,
        new JsonLimits(64, 1000, 64, 32, 100), CoreCodes.JSON_DOCUMENT_TOO_LARGE, "", 0, 0, "$"));
    cases.add(Arguments.of("duplicate key", "{\n  \"name\": \"a\",\n  \"name\": \"b\"\n}", Listing.class, DEFAULT,
        CoreCodes.JSON_DUPLICATE_KEY, "name", 3, 9, "$.name"));
    cases.add(Arguments.of("duplicate key in a nested object",
        "{\"name\":\"a\",\"services\":[{\"name\":\"b\",\"name\":\"c\"}]}", Listing.class, DEFAULT,
        CoreCodes.JSON_DUPLICATE_KEY, "name", 1, 43, "$.services[0].name"));
    cases.add(Arguments.of("unknown polymorphic type", "{\n  \"shape\": {\"type\": \"hexagon\", \"side\": 2}\n}",
        Drawing.class, DEFAULT, CoreCodes.JSON_UNKNOWN_TYPE, "hexagon", 2, 21, "$.shape"));
    cases.add(Arguments.of("polymorphic value without its type", "{\n  \"shape\": {\"side\": 2}\n}",
        Drawing.class, DEFAULT, CoreCodes.JSON_MISSING_TYPE, "", 2, 22, "$.shape"));
    cases.add(Arguments.of("document truncated inside an object",
        "{\"name\":\"a\",\"services\":[{\"name\":\"b\"", Listing.class, DEFAULT,
        CoreCodes.JSON_TRUNCATED, "", 1, 36, "$.services[0].name"));
    cases.add(Arguments.of("document truncated inside a string", "{\"name\":\"ab", Listing.class, DEFAULT,
        CoreCodes.JSON_TRUNCATED, "", 1, 12, "$.name"));
    cases.add(Arguments.of("document truncated inside an array", "[1,2", Object.class, DEFAULT,
        CoreCodes.JSON_TRUNCATED, "", 1, 5, "$[1]"));
    cases.add(Arguments.of("trailing garbage", "{\"name\":\"a\"} xyz", Listing.class, DEFAULT,
        CoreCodes.JSON_TRAILING_TOKENS, "xyz", 1, 14, "$"));
    cases.add(Arguments.of("a second document", "{\"name\":\"a\"}\n{}", Listing.class, DEFAULT,
        CoreCodes.JSON_TRAILING_TOKENS, "{", 2, 1, "$"));
    cases.add(Arguments.of("a stray closing bracket", "{\"name\":\"a\"}]", Listing.class, DEFAULT,
        CoreCodes.JSON_TRAILING_TOKENS, "]", 1, 13, "$"));
    cases.add(Arguments.of("unknown property in strict mode", SERVICES, Listing.class, DEFAULT,
        CoreCodes.JSON_UNKNOWN_PROPERTY, "fax", 5, 31, "$.services[1].fax"));
    cases.add(Arguments.of("unknown property with an odd name",
        "{\"name\":\"a\",\"services\":[{\"my prop\":1}]}", Listing.class, DEFAULT,
        CoreCodes.JSON_UNKNOWN_PROPERTY, "my prop", 1, 38, "$.services[0]['my prop']"));
    cases.add(Arguments.of("value rejected by the model",
        "{\"name\":\"a\",\"services\":[{},{},\n{\"name\":\"c\",\"hours\":\"Mo-Fr 9:00-17:00\"}]}", Listing.class,
        DEFAULT, CoreCodes.JSON_INVALID_VALUE, "Mo-Fr 9:00-17:00", 2, 21, "$.services[2].hours"));
    cases.add(Arguments.of("text where a number is expected", "{\"services\":[{\"capacity\":\"abc\"}]}",
        Listing.class, DEFAULT, CoreCodes.JSON_INVALID_VALUE, "abc", 1, 26, "$.services[0].capacity"));
    cases.add(Arguments.of("decimal where an integer is expected", "{\"services\":[{\"capacity\":1.5}]}",
        Listing.class, DEFAULT, CoreCodes.JSON_INVALID_VALUE, "1.5", 1, 26, "$.services[0].capacity"));
    cases.add(Arguments.of("single quotes", "{\"name\": 'single'}", Listing.class, DEFAULT,
        CoreCodes.JSON_SYNTAX, "'", 1, 10, "$.name"));
    cases.add(Arguments.of("double comma", "{\"name\": \"a\",, }", Listing.class, DEFAULT,
        CoreCodes.JSON_SYNTAX, ",", 1, 14, "$.name"));
    cases.add(Arguments.of("control character in a string", "{\"name\":\"a\u0001\"}", Listing.class, DEFAULT,
        CoreCodes.JSON_SYNTAX, "CTRL-CHAR, code 1", 1, 11, "$.name"));
    cases.add(Arguments.of("empty document", "", Listing.class, DEFAULT, CoreCodes.JSON_EMPTY, "", 1, 1, "$"));
    cases.add(Arguments.of("blank document", "  \n ", Listing.class, DEFAULT, CoreCodes.JSON_EMPTY, "", 2, 2, "$"));
    cases.add(Arguments.of("null document", "null", Listing.class, DEFAULT, CoreCodes.JSON_EMPTY, "null", 1, 5, "$"));
    cases.add(Arguments.of("array where text is expected", "{\"name\":[\"a\"]}", Listing.class, DEFAULT,
        CoreCodes.JSON_WRONG_TYPE, "", 1, 9, "$.name"));
    cases.add(Arguments.of("object in a list of texts", "{\"services\":[{\"phones\":[{}]}]}", Listing.class,
        DEFAULT, CoreCodes.JSON_WRONG_TYPE, "", 1, 25, "$.services[0].phones[0]"));
    cases.add(Arguments.of("required property missing", "{\"email\":\"a@b.be\"}", Contact.class, DEFAULT,
        CoreCodes.JSON_MISSING_PROPERTY, "name", 1, 18, "$"));
    cases.add(Arguments.of("required property null", "{\"name\":null}", Contact.class, DEFAULT,
        CoreCodes.JSON_MISSING_PROPERTY, "name", 1, 13, "$"));
    return cases.stream();
  }

  static Stream<Arguments> hostileDocumentsUnderBothLines() {
    return hostileDocuments().flatMap(c -> Stream.of(JacksonLine.values()).map(line -> {
      Object[] args = c.get();
      Object[] withLine = new Object[args.length + 1];
      withLine[0] = line;
      System.arraycopy(args, 0, withLine, 1, args.length);
      return Arguments.of(withLine);
    }));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("hostileDocumentsUnderBothLines")
  void turnsEveryFailureIntoOneTypedError(JacksonLine line, String name, String json, Class<?> type,
      JsonLimits limits, String code, String input, int lineNr, int column, String path) {
    assertThatThrownBy(() -> line.read(json, type, limits, true))
        .isInstanceOfSatisfying(JsonInputException.class, e -> {
          assertThat(e.getCode()).as("code").isEqualTo(code);
          assertThat(e.getInput()).as("input").isEqualTo(input);
          assertThat(e.getLine()).as("line").isEqualTo(lineNr);
          assertThat(e.getColumn()).as("column").isEqualTo(column);
          assertThat(e.getPath()).as("path").isEqualTo(path);
          for (Language language : new Language[] {Language.FR, Language.NL, Language.EN}) {
            assertThat(e.getLocalizedMessages().find(language)).isPresent().get().asString()
                .doesNotContain(code).doesNotContainPattern("\\{\\d\\}");
          }
        });
  }

  @ParameterizedTest
  @EnumSource(JacksonLine.class)
  void keepsTheModelsOwnErrorForRejectedValues(JacksonLine line) {
    String json = "{\"services\":[{\"hours\":\"Mo-Fr 09:00-17:00; Xy off\"}]}";
    assertThatThrownBy(() -> line.read(json, Listing.class, DEFAULT, true))
        .isInstanceOfSatisfying(JsonInputException.class, e -> {
          assertThat(e.getCode()).isEqualTo(CoreCodes.JSON_INVALID_VALUE);
          assertThat(e.getValueError()).get().extracting(v -> v.getCode())
              .isEqualTo(CoreCodes.OPENING_HOURS_SYNTAX);
        });
  }

  @ParameterizedTest
  @EnumSource(JacksonLine.class)
  void lenientReadingIgnoresUnknownPropertiesThatStrictReadingRejects(JacksonLine line) {
    Listing listing = line.read(SERVICES, Listing.class, DEFAULT, false);
    assertThat(listing.services()).extracting(Service::name).containsExactly("b", "c");
  }

  @ParameterizedTest
  @EnumSource(JacksonLine.class)
  void readsWellFormedDocuments(JacksonLine line) {
    String json = "{\"name\":\"a\",\"services\":[{\"name\":\"b\",\"capacity\":12,\"phones\":[\"+3225550101\"],"
        + "\"hours\":\"Mo-Fr 09:00-17:00\"}]}";
    assertThat(line.read(json, Listing.class, DEFAULT, true)).isEqualTo(new Listing("a",
        List.of(new Service("b", 12, List.of("+3225550101"), OpeningHours.parse("Mo-Fr 09:00-17:00")))));
    assertThat(line.read("{\"shape\":{\"type\":\"square\",\"side\":2.5}}", Drawing.class, DEFAULT, true))
        .isEqualTo(new Drawing(new Square(2.5)));
  }

  @ParameterizedTest
  @EnumSource(JacksonLine.class)
  void neverResolvesClassNamesFromTheDocument(JacksonLine line) {
    Object value = line.read("[\"java.lang.ProcessBuilder\",{\"@class\":\"java.lang.Runtime\"}]", Object.class,
        DEFAULT, true);
    assertThat(value).isEqualTo(List.of("java.lang.ProcessBuilder", Map.of("@class", "java.lang.Runtime")));
  }

  @ParameterizedTest
  @EnumSource(JacksonLine.class)
  void staysTypedAtTheHighestAllowedNestingDepth(JacksonLine line) {
    JsonLimits deepest = new JsonLimits(JsonLimits.MAX_NESTING_DEPTH, 1000, 64, 64, 1_000_000);
    assertThatThrownBy(() -> line.read("[".repeat(100_000), Object.class, deepest, true))
        .isInstanceOfSatisfying(JsonInputException.class,
            e -> assertThat(e.getCode()).isEqualTo(CoreCodes.JSON_TOO_DEEP));
    String nested = "[".repeat(JsonLimits.MAX_NESTING_DEPTH) + "]".repeat(JsonLimits.MAX_NESTING_DEPTH);
    assertThat(line.read(nested, Object.class, deepest, true)).isInstanceOf(List.class);
  }

  @Test
  void refusesLimitsThatCouldExhaustTheStack() {
    assertThatThrownBy(() -> new JsonLimits(JsonLimits.MAX_NESTING_DEPTH + 1, 10, 10, 10, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new JsonLimits(64, 0, 10, 10, 10)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsFromEverySourceTheSameWay() {
    String json = "{\"name\":\"a\"}";
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    Listing expected = new Listing("a", null);
    assertThat(SocialHealthJson.read(json, Listing.class)).isEqualTo(expected);
    assertThat(JsonDocumentReader.strict().read(new StringReader(json), Listing.class)).isEqualTo(expected);
    assertThat(JsonDocumentReader.strict().read(new ByteArrayInputStream(bytes), Listing.class)).isEqualTo(expected);
    assertThat(JsonDocumentReader.lenient().read(bytes, Listing.class)).isEqualTo(expected);
    assertThat(JsonDocumentReader.using(SocialHealthJson.strictMapper()).read(json, Listing.class))
        .isEqualTo(expected);
    assertThat(SocialHealthJackson2.read(json, Listing.class)).isEqualTo(expected);
    assertThat(Jackson2DocumentReader.strict().read(new StringReader(json), Listing.class)).isEqualTo(expected);
    assertThat(Jackson2DocumentReader.strict().read(new ByteArrayInputStream(bytes), Listing.class))
        .isEqualTo(expected);
    assertThat(Jackson2DocumentReader.lenient().read(bytes, Listing.class)).isEqualTo(expected);
    assertThat(Jackson2DocumentReader.using(SocialHealthJackson2.strictMapper()).read(json, Listing.class))
        .isEqualTo(expected);
  }

  @Test
  void reportsFailingStreamsAsInputOutputErrors() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        throw new IOException("disk gone");
      }
    };
    assertThatThrownBy(() -> JsonDocumentReader.strict().read(broken, Listing.class))
        .isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("disk gone");
    assertThatThrownBy(() -> Jackson2DocumentReader.strict().read(broken, Listing.class))
        .isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("disk gone");
  }
}
