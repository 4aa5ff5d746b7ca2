package brussels.socialhealth.core.json.jackson2;

import brussels.socialhealth.core.CoreCodes;
import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.json.JsonInputException;
import brussels.socialhealth.core.json.JsonLimits;
import brussels.socialhealth.core.json.ReadResult;
import brussels.socialhealth.core.json.internal.JsonFailures;
import brussels.socialhealth.core.json.internal.UnknownFields;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.List;

/**
 * Reads one JSON document from untrusted input with Jackson 2 and turns every failure into a
 * {@link JsonInputException} with a stable code, line, column and JSON path. Immutable and thread-safe.
 *
 * <p>What it adds to a plain {@code mapper.readValue(...)}: the {@link JsonLimits} and the strict or lenient
 * mode of the mapper apply as usual; an empty document or a bare {@code null} is rejected
 * ({@code core.json.empty}); anything after the root value is rejected ({@code core.json.trailing-tokens}),
 * garbage included; and no Jackson exception escapes. Failures of the underlying reader or stream (not of
 * the document) are thrown as {@link UncheckedIOException}. The Jackson 3 twin is
 * {@link brussels.socialhealth.core.json.JsonDocumentReader}; both give the same codes, lines, columns and
 * paths. Needs Jackson 2 on the classpath.
 */
public final class Jackson2DocumentReader {
  private static final Jackson2DocumentReader STRICT = new Jackson2DocumentReader(SocialHealthJackson2.strictMapper());
  private static final Jackson2DocumentReader LENIENT = new Jackson2DocumentReader(SocialHealthJackson2.lenientMapper());

  private final JsonMapper mapper;

  private Jackson2DocumentReader(JsonMapper mapper) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
  }

  /**
   * Returns the shared strict reader: default limits, unknown properties rejected.
   *
   * @return the reader
   */
  public static Jackson2DocumentReader strict() {
    return STRICT;
  }

  /**
   * Returns the shared lenient reader: default limits, unknown properties ignored.
   *
   * @return the reader
   */
  public static Jackson2DocumentReader lenient() {
    return LENIENT;
  }

  /**
   * Returns a reader with the library's configuration and the given limits.
   *
   * @param limits the limits; not null
   * @param strict whether unknown properties are errors
   * @return a new reader
   */
  public static Jackson2DocumentReader of(JsonLimits limits, boolean strict) {
    return new Jackson2DocumentReader(SocialHealthJackson2.builder(limits, strict).build());
  }

  /**
   * Returns a reader over a mapper of the caller's, normally one made from
   * {@link SocialHealthJackson2#builder(JsonLimits, boolean)}.
   *
   * @param mapper the mapper; not null
   * @return a new reader
   */
  public static Jackson2DocumentReader using(JsonMapper mapper) {
    return new Jackson2DocumentReader(mapper);
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

  /** Opens a parser; the Jackson 2 twin of a {@code Function} that may throw {@link IOException}. */
  private interface Opener {
    JsonParser open(ObjectReader reader) throws IOException;
  }

  /**
   * Reads a document leniently and keeps what the type does not know, as
   * {@link brussels.socialhealth.core.json.JsonDocumentReader#readKeepingUnknown(String, Class, String)} does
   * with Jackson 3: same unknown fields, same paths, lines, columns and warnings.
   *
   * @param json the document; not null
   * @param type the type of the root value; not null
   * @param namespace the namespace of the kept fields, such as the partner system's name; must match
   *     {@code [a-z0-9][a-z0-9._-]*}
   * @param <T> the type
   * @return the value, the unknown fields and the warnings
   * @throws JsonInputException when the document cannot be read
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

  private <T> ReadResult<T> readKeepingUnknown(Opener open, Class<T> type, String namespace) {
    UnknownFields.checkNamespace(namespace);
    T value = read(open, type);
    ObjectReader trees = mapper.readerFor(Object.class).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    Object input = read(open, trees);
    Object output;
    try {
      output = trees.readValue(mapper.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write back a " + type.getName() + " read from JSON", e);
    }
    return UnknownFields.keep(type, value, input, output, namespace, () -> {
      try {
        return tokens(open.open(trees));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static UnknownFields.Tokens tokens(JsonParser parser) {
    return new UnknownFields.Tokens() {
      @Override
      public String next() {
        try {
          JsonToken token = parser.nextToken();
          return token == null ? null : token.name();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public String name() {
        try {
          return parser.currentName();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
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
        try {
          parser.skipChildren();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  private <T> T read(Opener open, Class<T> type) {
    Objects.requireNonNull(type, "type");
    return read(open, mapper.readerFor(type));
  }

  private <T> T read(Opener open, ObjectReader forType) {
    ObjectReader reader = forType
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .without(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES);
    JsonParser parser = null;
    boolean rootRead = false;
    try {
      parser = open.open(reader);
      JsonToken first = parser.nextToken();
      if (first == null || first == JsonToken.VALUE_NULL) {
        throw failure(CoreCodes.JSON_EMPTY, first == null ? "" : "null", parser.currentLocation(), "$", "", null);
      }
      T value = reader.readValue(parser);
      rootRead = true;
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        throw failure(CoreCodes.JSON_TRAILING_TOKENS, parser.getText(), parser.currentTokenLocation(), "$", "",
            null);
      }
      return value;
    } catch (JsonProcessingException e) {
      throw translate(e, parser, rootRead);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (IOException ignored) {
          // Closing a parser over the caller's stream cannot hide a result or a failure already decided.
        }
      }
    }
  }

  private static JsonInputException translate(JsonProcessingException failure, JsonParser parser, boolean rootRead) {
    // A failure of the parser wrapped by the binding layer is classified as the parser's own.
    JsonProcessingException e = JsonFailures.find(failure, StreamReadException.class).map(JsonProcessingException.class::cast)
        .or(() -> JsonFailures.find(failure, StreamConstraintsException.class))
        .orElse(failure);
    JsonLocation location = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation()
        : parser != null ? parser.currentLocation() : null;
    StreamReadConstraints limits = parser == null ? StreamReadConstraints.defaults() : parser.streamReadConstraints();
    return JsonFailures.classify(new JsonFailures.Failure(
        kind(e),
        e.getOriginalMessage(),
        location == null ? 0 : location.getLineNr(),
        location == null ? 0 : location.getColumnNr(),
        parser == null ? "$" : streamPath(parser.getParsingContext()),
        e instanceof JsonMappingException && !((JsonMappingException) e).getPath().isEmpty()
            ? databindPath((JsonMappingException) e) : null,
        parser == null ? null : parser.getParsingContext().getCurrentName(),
        detail(e),
        List.of(limits.getMaxNestingDepth(), limits.getMaxNumberLength(), limits.getMaxStringLength(),
            limits.getMaxNameLength()),
        e), rootRead);
  }

  /** The kind of a failure, most specific exception type first. */
  private static JsonFailures.Kind kind(JsonProcessingException e) {
    if (e instanceof StreamConstraintsException) {
      return JsonFailures.Kind.CONSTRAINT;
    } else if (e instanceof JsonEOFException) {
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

  private static String detail(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException) {
      return ((UnrecognizedPropertyException) e).getPropertyName();
    } else if (e instanceof InvalidTypeIdException) {
      return ((InvalidTypeIdException) e).getTypeId();
    } else if (e instanceof InvalidFormatException) {
      return String.valueOf(((InvalidFormatException) e).getValue());
    }
    return null;
  }

  private static JsonInputException failure(String code, String input, JsonLocation location, String path,
      Object detail, Throwable cause) {
    int line = location == null ? 0 : Math.max(0, location.getLineNr());
    int column = location == null ? 0 : Math.max(0, location.getColumnNr());
    return new JsonInputException(code, input == null ? "" : input, line, column, path, detail, cause);
  }

  private static String streamPath(JsonStreamContext context) {
    JsonFailures.PathBuilder path = new JsonFailures.PathBuilder();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject()) {
        if (c.getCurrentName() != null) {
          path.prepend(c.getCurrentName(), -1);
        }
      } else if (c.hasCurrentIndex()) {
        path.prepend(null, c.getCurrentIndex());
      }
    }
    return path.toString();
  }

  private static String databindPath(JsonMappingException e) {
    JsonFailures.PathBuilder path = new JsonFailures.PathBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      path.append(reference.getFieldName(), reference.getIndex());
    }
    return path.toString();
  }
}
