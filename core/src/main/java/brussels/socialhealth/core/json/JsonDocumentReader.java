package brussels.socialhealth.core.json;

import brussels.socialhealth.core.CoreCodes;
import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.json.internal.JsonFailures;
import brussels.socialhealth.core.json.internal.UnknownFields;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.List;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one JSON document from untrusted input with Jackson 3 and turns every failure into a
 * {@link JsonInputException} with a stable code, line, column and JSON path. Immutable and thread-safe.
 *
 * <p>What it adds to a plain {@code mapper.readValue(...)}: the {@link JsonLimits} and the strict or lenient
 * mode of the mapper apply as usual; an empty document or a bare {@code null} is rejected
 * ({@code core.json.empty}); anything after the root value is rejected ({@code core.json.trailing-tokens}),
 * garbage included; and no Jackson exception escapes. Failures of the underlying reader or stream (not of
 * the document) are thrown as {@link UncheckedIOException}. The Jackson 2 twin is
 * {@link brussels.socialhealth.core.json.jackson2.Jackson2DocumentReader}; both give the same codes.
 */
public final class JsonDocumentReader {
  private static final JsonDocumentReader STRICT = new JsonDocumentReader(SocialHealthJson.strictMapper());
  private static final JsonDocumentReader LENIENT = new JsonDocumentReader(SocialHealthJson.lenientMapper());

  private final JsonMapper mapper;

  private JsonDocumentReader(JsonMapper mapper) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
  }

  /**
   * Returns the shared strict reader: default limits, unknown properties rejected.
   *
   * @return the reader
   */
  public static JsonDocumentReader strict() {
    return STRICT;
  }

  /**
   * Returns the shared lenient reader: default limits, unknown properties ignored.
   *
   * @return the reader
   */
  public static JsonDocumentReader lenient() {
    return LENIENT;
  }

  /**
   * Returns a reader with the library's configuration and the given limits.
   *
   * @param limits the limits; not null
   * @param strict whether unknown properties are errors
   * @return a new reader
   */
  public static JsonDocumentReader of(JsonLimits limits, boolean strict) {
    return new JsonDocumentReader(SocialHealthJson.builder(limits, strict).build());
  }

  /**
   * Returns a reader over a mapper of the caller's, normally one made from
   * {@link SocialHealthJson#builder(JsonLimits, boolean)}.
   *
   * @param mapper the mapper; not null
   * @return a new reader
   */
  public static JsonDocumentReader using(JsonMapper mapper) {
    return new JsonDocumentReader(mapper);
  }

  /**
   * Reads a document from a string.
   *
   * @param json the document; not null
   * @param type the type of the root value; not null
   * @param <T> the type
   * @return the value, never null
   * @throws JsonInputException when the document cannot be read, with a {@code core.json.*} code
   */
  public <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    return read(reader -> reader.createParser(json), type);
  }

  /**
   * Reads a document from a character stream, which is not closed.
   *
   * @param json the document; not null
   * @param type the type of the root value; not null
   * @param <T> the type
   * @return the value, never null
   * @throws JsonInputException when the document cannot be read
   * @throws UncheckedIOException when the stream fails
   */
  public <T> T read(Reader json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    return read(reader -> reader.createParser(json), type);
  }

  /**
   * Reads a document from a byte stream (UTF-8, UTF-16 or UTF-32, detected), which is not closed.
   *
   * @param json the document; not null
   * @param type the type of the root value; not null
   * @param <T> the type
   * @return the value, never null
   * @throws JsonInputException when the document cannot be read
   * @throws UncheckedIOException when the stream fails
   */
  public <T> T read(InputStream json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    return read(reader -> reader.createParser(json), type);
  }

  /**
   * Reads a document from bytes (UTF-8, UTF-16 or UTF-32, detected).
   *
   * @param json the document; not null
   * @param type the type of the root value; not null
   * @param <T> the type
   * @return the value, never null
   * @throws JsonInputException when the document cannot be read
   */
  public <T> T read(byte[] json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    return read(reader -> reader.createParser(json), type);
  }

  /**
   * Reads a document leniently and keeps what the type does not know: every field present in the document
   * and absent from the value once written back (the fields the type dropped) is returned in
   * {@link ReadResult#getUnknownFields()}, in the given namespace, keyed by its JSON path such as
   * {@code $.sites[0].parking}, with its compact JSON text as value; {@link ReadResult#getReport()} holds one
   * {@code core.json.unknown-property-kept} warning per field, with its path, line and column.
   *
   * <p>A field whose value is {@code null}, {@code {}} or {@code []} carries nothing and is not kept. Array
   * elements are compared by position when the value writes back as many elements as the document holds;
   * otherwise (a list the type deduplicates) the array is not searched. When the root value's class has
   * public methods {@code Extensions getExtensions()} and {@code withExtensions(Extensions)} (as an
   * Immutables type with an {@code Extensions} attribute has), the kept fields are also merged into the
   * value's own extensions, found by reflection.
   *
   * <p>Meant for a lenient reader: a strict one rejects the first unknown field with
   * {@code core.json.unknown-property}. The document is parsed three times (value, tree, locations).
   *
   * @param json the document; not null
   * @param type the type of the root value; not null
   * @param namespace the namespace of the kept fields, such as the partner system's name; must match
   *     {@code [a-z0-9][a-z0-9._-]*}
   * @param <T> the type
   * @return the value, the unknown fields and the warnings
   * @throws JsonInputException when the document cannot be read, as {@link #read(String, Class)}
   * @throws InvalidValueException {@link CoreCodes#EXTENSIONS_NAMESPACE} when the namespace is invalid
   */
  public <T> ReadResult<T> readKeepingUnknown(String json, Class<T> type, String namespace) {
    Objects.requireNonNull(json, "json");
    return readKeepingUnknown(reader -> reader.createParser(json), type, namespace);
  }

  /**
   * Reads a document from bytes (UTF-8, UTF-16 or UTF-32, detected) leniently and keeps what the type does
   * not know; see {@link #readKeepingUnknown(String, Class, String)}.
   *
   * @param json the document; not null
   * @param type the type of the root value; not null
   * @param namespace the namespace of the kept fields
   * @param <T> the type
   * @return the value, the unknown fields and the warnings
   * @throws JsonInputException when the document cannot be read
   * @throws InvalidValueException {@link CoreCodes#EXTENSIONS_NAMESPACE} when the namespace is invalid
   */
  public <T> ReadResult<T> readKeepingUnknown(byte[] json, Class<T> type, String namespace) {
    Objects.requireNonNull(json, "json");
    return readKeepingUnknown(reader -> reader.createParser(json), type, namespace);
  }

  private <T> ReadResult<T> readKeepingUnknown(Function<ObjectReader, JsonParser> open, Class<T> type,
      String namespace) {
    UnknownFields.checkNamespace(namespace);
    T value = read(open, type);
    ObjectReader trees = mapper.readerFor(Object.class).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    Object input = read(open, trees);
    Object output;
    try {
      output = trees.readValue(mapper.writeValueAsString(value));
    } catch (JacksonException e) {
      throw new IllegalStateException("Cannot write back a " + type.getName() + " read from JSON", e);
    }
    return UnknownFields.keep(type, value, input, output, namespace, () -> tokens(open.apply(trees)));
  }

  private static UnknownFields.Tokens tokens(JsonParser parser) {
    return new UnknownFields.Tokens() {
      @Override
      public String next() {
        JsonToken token = parser.nextToken();
        return token == null ? null : token.name();
      }

      @Override
      public String name() {
        return parser.currentName();
      }

      @Override
      public long line() {
        return parser.currentTokenLocation().getLineNr();
      }

      @Override
      public long column() {
        return parser.currentTokenLocation().getColumnNr();
      }

      @Override
      public void skipChildren() {
        parser.skipChildren();
      }
    };
  }

  private <T> T read(Function<ObjectReader, JsonParser> open, Class<T> type) {
    Objects.requireNonNull(type, "type");
    return read(open, mapper.readerFor(type));
  }

  private <T> T read(Function<ObjectReader, JsonParser> open, ObjectReader forType) {
    ObjectReader reader = forType
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .without(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES);
    JsonParser parser = null;
    boolean rootRead = false;
    try {
      parser = open.apply(reader);
      JsonToken first = parser.nextToken();
      if (first == null || first == JsonToken.VALUE_NULL) {
        throw failure(CoreCodes.JSON_EMPTY, first == null ? "" : "null", parser.currentLocation(), "$", "", null);
      }
      T value = reader.readValue(parser);
      rootRead = true;
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        throw failure(CoreCodes.JSON_TRAILING_TOKENS, parser.getString(), parser.currentTokenLocation(), "$", "",
            null);
      }
      return value;
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    } catch (JacksonException e) {
      throw translate(e, parser, rootRead);
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (JacksonException ignored) {
          // Closing a parser over the caller's stream cannot hide a result or a failure already decided.
        }
      }
    }
  }

  private static JsonInputException translate(JacksonException failure, JsonParser parser, boolean rootRead) {
    // A failure of the parser wrapped by the binding layer is classified as the parser's own.
    JacksonException e = JsonFailures.find(failure, StreamReadException.class).map(JacksonException.class::cast)
        .or(() -> JsonFailures.find(failure, StreamConstraintsException.class))
        .orElse(failure);
    TokenStreamLocation location = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation()
        : parser != null ? parser.currentLocation() : null;
    StreamReadConstraints limits = parser == null ? StreamReadConstraints.defaults() : parser.streamReadConstraints();
    return JsonFailures.classify(new JsonFailures.Failure(
        kind(e),
        e.getOriginalMessage(),
        location == null ? 0 : location.getLineNr(),
        location == null ? 0 : location.getColumnNr(),
        parser == null ? "$" : streamPath(parser.streamReadContext()),
        e instanceof DatabindException && !e.getPath().isEmpty() ? databindPath(e) : null,
        parser == null ? null : parser.streamReadContext().currentName(),
        detail(e),
        List.of(limits.getMaxNestingDepth(), limits.getMaxNumberLength(), limits.getMaxStringLength(),
            limits.getMaxNameLength()),
        e), rootRead);
  }

  /** The kind of a failure, most specific exception type first. */
  private static JsonFailures.Kind kind(JacksonException e) {
    if (e instanceof StreamConstraintsException) {
      return JsonFailures.Kind.CONSTRAINT;
    } else if (e instanceof UnexpectedEndOfInputException) {
      return JsonFailures.Kind.END_OF_INPUT;
    } else if (e instanceof StreamReadException) {
      return JsonFailures.Kind.STREAM_READ;
    } else if (e instanceof UnrecognizedPropertyException) {
      return JsonFailures.Kind.UNRECOGNIZED_PROPERTY;
    } else if (e instanceof InvalidTypeIdException) {
      return JsonFailures.Kind.TYPE_ID;
    } else if (e instanceof InvalidFormatException) {
      return JsonFailures.Kind.INVALID_FORMAT;
    } else if (e instanceof InvalidNullException || e instanceof ValueInstantiationException) {
      return JsonFailures.Kind.INVALID_NULL_OR_INSTANTIATION;
    } else if (e instanceof MismatchedInputException) {
      return JsonFailures.Kind.MISMATCHED_INPUT;
    }
    return JsonFailures.Kind.OTHER;
  }

  private static String detail(JacksonException e) {
    if (e instanceof UnrecognizedPropertyException) {
      return ((UnrecognizedPropertyException) e).getPropertyName();
    } else if (e instanceof InvalidTypeIdException) {
      return ((InvalidTypeIdException) e).getTypeId();
    } else if (e instanceof InvalidFormatException) {
      return String.valueOf(((InvalidFormatException) e).getValue());
    }
    return null;
  }

  private static JsonInputException failure(String code, String input, TokenStreamLocation location, String path,
      Object detail, Throwable cause) {
    int line = location == null ? 0 : Math.max(0, location.getLineNr());
    int column = location == null ? 0 : Math.max(0, location.getColumnNr());
    return new JsonInputException(code, input == null ? "" : input, line, column, path, detail, cause);
  }

  private static String streamPath(TokenStreamContext context) {
    JsonFailures.PathBuilder path = new JsonFailures.PathBuilder();
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject()) {
        if (c.currentName() != null) {
          path.prepend(c.currentName(), -1);
        }
      } else if (c.hasCurrentIndex()) {
        path.prepend(null, c.getCurrentIndex());
      }
    }
    return path.toString();
  }

  private static String databindPath(JacksonException e) {
    JsonFailures.PathBuilder path = new JsonFailures.PathBuilder();
    for (JacksonException.Reference reference : e.getPath()) {
      path.append(reference.getPropertyName(), reference.getIndex());
    }
    return path.toString();
  }
}
