package brussels.socialhealth.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ready-made Jackson 3 mappers configured for the library's wire format (see {@code docs/json-format.md}).
 *
 * <p>Both mappers write the same bytes as {@link brussels.socialhealth.core.json.jackson2.SocialHealthJackson2}:
 * properties in declared order, absent values left out, dates as ISO-8601 strings. They read strictly:
 * duplicate keys, trailing tokens and nulls for primitives are rejected and the {@link JsonLimits} apply.
 * {@link #strictMapper()} also rejects unknown properties; {@link #lenientMapper()} ignores them (the
 * model's types keep them as extensions where they declare an extension bag).
 *
 * <p>Mappers are immutable and thread-safe; share them.
 */
public final class SocialHealthJson {
  private static final JsonMapper STRICT = builder(JsonLimits.DEFAULT, true).build();
  private static final JsonMapper LENIENT = builder(JsonLimits.DEFAULT, false).build();

  /**
   * The schema version of the wire format described in {@code docs/json-format.md}, written as the integer
   * {@code schemaVersion} property of every top-level document: raised only for incompatible changes;
   * additions readers may ignore keep it.
   */
  public static final int SCHEMA_VERSION = 1;

  private SocialHealthJson() {}

  /**
   * Returns the shared strict mapper: unknown properties are errors.
   *
   * @return the mapper
   */
  public static JsonMapper strictMapper() {
    return STRICT;
  }

  /**
   * Returns the shared lenient mapper: unknown properties are ignored (or kept as extensions).
   *
   * @return the mapper
   */
  public static JsonMapper lenientMapper() {
    return LENIENT;
  }

  /**
   * Reads one document strictly from untrusted input: default {@link JsonLimits}, unknown properties
   * rejected, every failure a {@link JsonInputException} with a stable code, line, column and path. Shortcut for
   * {@code JsonDocumentReader.strict().read(json, type)}.
   *
   * @param json the document; not null
   * @param type the type of the root value; not null
   * @param <T> the type
   * @return the value, never null
   * @throws JsonInputException when the document cannot be read
   */
  public static <T> T read(String json, Class<T> type) {
    return JsonDocumentReader.strict().read(json, type);
  }

  /**
   * Returns a builder with the library's configuration, to add the application's own settings.
   *
   * @param limits the reading limits; not null
   * @param strict whether unknown properties are errors
   * @return a builder
   */
  public static JsonMapper.Builder builder(JsonLimits limits, boolean strict) {
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNumberLength(limits.maxNumberLength())
        .maxNameLength(limits.maxNameLength())
        .maxDocumentLength(limits.maxDocumentLength())
        .build();
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new SocialHealthModule())
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(SerializationFeature.INDENT_OUTPUT)
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .enable(DateTimeFeature.WRITE_DATES_WITH_ZONE_ID)
        .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, strict)
        .changeDefaultPropertyInclusion(
            inclusion -> JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT));
  }
}
