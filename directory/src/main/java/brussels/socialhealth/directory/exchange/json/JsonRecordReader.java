package brussels.socialhealth.directory.exchange.json;

import brussels.socialhealth.directory.exchange.internal.TextDecoding;

import brussels.socialhealth.core.json.JsonLimits;
import brussels.socialhealth.core.json.SocialHealthJson;
import brussels.socialhealth.core.validation.Violation;
import brussels.socialhealth.directory.exchange.ExchangeCodes;
import brussels.socialhealth.directory.exchange.ImportInput;
import brussels.socialhealth.directory.exchange.ImportInputException;
import brussels.socialhealth.directory.exchange.InputFormat;
import brussels.socialhealth.directory.exchange.RecordReader;
import brussels.socialhealth.directory.exchange.SourceRecord;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON array of objects, or JSON Lines, as {@link SourceRecord}s, streaming with Jackson 3's parser
 * (one record's tree in memory at a time). Objects are flattened (see {@link SourceRecord}).
 */
public final class JsonRecordReader implements RecordReader {
  /** Per-record limits of the library; the document as a whole is unbounded since it is streamed. */
  private static final JsonLimits LIMITS = new JsonLimits(64, 1_000_000, 64, 256, Long.MAX_VALUE);
  /** For JSON Lines and rejects: one whole document per line, trailing tokens rejected. */
  private static final JsonMapper MAPPER = SocialHealthJson.builder(LIMITS, false).build();
  /** For array elements read one at a time from a shared parser: the array goes on after each element. */
  private static final JsonMapper STREAMING = SocialHealthJson.builder(LIMITS, false)
      .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private final InputFormat format;
  private final Charset charset;
  private final List<Violation> notes;
  private final JsonParser parser;
  private final BufferedReader lines;
  private long count;
  private long lineNumber;
  private boolean done;

  private JsonRecordReader(InputFormat format, Charset charset, List<Violation> notes, JsonParser parser,
      BufferedReader lines) {
    this.format = format;
    this.charset = charset;
    this.notes = List.copyOf(notes);
    this.parser = parser;
    this.lines = lines;
  }

  /**
   * Opens a JSON or JSON Lines input.
   *
   * @param input the input
   * @param format {@link InputFormat#JSON} or {@link InputFormat#JSON_LINES}
   * @param declaredCharset the declared encoding, empty to detect
   * @return the reader
   * @throws IOException if reading fails
   * @throws ImportInputException if a JSON input does not start with an array
   */
  public static JsonRecordReader open(ImportInput input, InputFormat format, Optional<Charset> declaredCharset)
      throws IOException {
    List<Violation> notes = new ArrayList<>();
    TextDecoding.Decoded decoded = TextDecoding.open(input, declaredCharset, notes);
    BufferedReader reader = new BufferedReader(decoded.reader(), 1 << 16);
    if (format == InputFormat.JSON_LINES) {
      return new JsonRecordReader(format, decoded.charset(), notes, null, reader);
    }
    JsonParser parser;
    try {
      parser = STREAMING.createParser(reader);
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_ARRAY) {
        TokenStreamLocation where = parser.currentTokenLocation();
        parser.close();
        throw new ImportInputException(Violation.error(ExchangeCodes.JSON_NOT_ARRAY, "",
            first == null ? "" : first.asString()).at(Math.max(1, where.getLineNr()), column(where)), null);
      }
    } catch (JacksonException e) {
      reader.close();
      throw syntax(e);
    }
    return new JsonRecordReader(format, decoded.charset(), notes, parser, null);
  }

  private static ImportInputException syntax(JacksonException e) {
    TokenStreamLocation where = e.getLocation();
    long line = where == null ? 1 : Math.max(1, where.getLineNr());
    return new ImportInputException(Violation.error(ExchangeCodes.JSON_SYNTAX, "", e.getOriginalMessage())
        .at(line, where == null ? null : column(where)), e);
  }

  private static String column(TokenStreamLocation where) {
    return where.getColumnNr() > 0 ? String.valueOf(where.getColumnNr()) : null;
  }

  @Override
  public InputFormat getFormat() {
    return format;
  }

  @Override
  public List<String> getHeader() {
    return List.of();
  }

  @Override
  public String getEncoding() {
    return charset.name();
  }

  @Override
  public Optional<Character> getSeparator() {
    return Optional.empty();
  }

  @Override
  public List<Violation> getNotes() {
    return notes;
  }

  @Override
  public Optional<SourceRecord> next() throws IOException {
    if (done) {
      return Optional.empty();
    }
    return format == InputFormat.JSON_LINES ? nextLine() : nextElement();
  }

  private Optional<SourceRecord> nextLine() throws IOException {
    String text;
    do {
      text = lines.readLine();
      lineNumber++;
      if (text == null) {
        done = true;
        return Optional.empty();
      }
    } while (text.isBlank());
    count++;
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (JacksonException e) {
      TokenStreamLocation where = e.getLocation();
      Violation problem = Violation.error(ExchangeCodes.JSON_SYNTAX, "", e.getOriginalMessage())
          .at(lineNumber, where == null ? null : column(where));
      return Optional.of(new SourceRecord(count, lineNumber, List.of(), List.of(), Map.of(), text, problem));
    }
    return Optional.of(record(node, lineNumber, text));
  }

  private Optional<SourceRecord> nextElement() {
    try {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.END_ARRAY || token == null) {
        done = true;
        if (token == JsonToken.END_ARRAY && parser.nextToken() != null) {
          TokenStreamLocation where = parser.currentTokenLocation();
          throw new ImportInputException(Violation.error(ExchangeCodes.JSON_SYNTAX, "",
              parser.currentToken().asString()).at(where.getLineNr(), column(where)), null);
        }
        return Optional.empty();
      }
      long line = Math.max(1, parser.currentTokenLocation().getLineNr());
      JsonNode node = STREAMING.readTree(parser);
      count++;
      return Optional.of(record(node, line, node));
    } catch (JacksonException e) {
      done = true;
      throw syntax(e);
    }
  }

  private SourceRecord record(JsonNode node, long line, Object raw) {
    if (!node.isObject()) {
      Violation problem = Violation.error(ExchangeCodes.JSON_NOT_OBJECT, "", node.getNodeType().name()
          .toLowerCase(java.util.Locale.ROOT)).at(line, null);
      return new SourceRecord(count, line, List.of(), List.of(), Map.of(), raw, problem);
    }
    List<String> columns = new ArrayList<>();
    List<String> values = new ArrayList<>();
    flatten("", node, columns, values);
    return new SourceRecord(count, line, columns, values, null, raw, null);
  }

  private static void flatten(String prefix, JsonNode node, List<String> columns, List<String> values) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        flatten(prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey(), entry.getValue(),
            columns, values);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(prefix + "[" + i + "]", node.get(i), columns, values);
      }
    } else if (!node.isNull() && !node.isMissingNode()) {
      columns.add(prefix);
      values.add(node.isString() ? node.stringValue() : node.toString());
    }
  }

  @Override
  public RejectsWriter openRejects(OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, charset));
    boolean array = format == InputFormat.JSON;
    if (array) {
      writer.write("[");
    }
    return new RejectsWriter() {
      private boolean first = true;

      @Override
      public void write(SourceRecord record) throws IOException {
        Object raw = record.getRaw();
        String text = raw instanceof JsonNode ? MAPPER.writeValueAsString(raw) : String.valueOf(raw);
        if (array) {
          writer.write(first ? "\n  " : ",\n  ");
        }
        writer.write(text);
        if (!array) {
          writer.write("\n");
        }
        first = false;
      }

      @Override
      public void close() throws IOException {
        if (array) {
          writer.write(first ? "]\n" : "\n]\n");
        }
        writer.close();
      }
    };
  }

  @Override
  public void close() throws IOException {
    if (parser != null) {
      parser.close();
    }
    if (lines != null) {
      lines.close();
    }
  }
}
