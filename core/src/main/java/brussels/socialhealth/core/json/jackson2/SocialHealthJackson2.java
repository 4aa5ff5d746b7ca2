package brussels.socialhealth.core.json.jackson2;

import brussels.socialhealth.core.json.JsonLimits;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Ready-made Jackson 2 mappers that read and write exactly what
 * {@link brussels.socialhealth.core.json.SocialHealthJson} does under Jackson 3. Requires
 * {@code jackson-databind}, {@code jackson-datatype-jdk8} and {@code jackson-datatype-jsr310} 2.x on the
 * classpath (optional dependencies of this library). Thread-safe; share the mappers.
 */
public final class SocialHealthJackson2 {
  private static final JsonMapper STRICT = builder(JsonLimits.DEFAULT, true).build();
  private static final JsonMapper LENIENT = builder(JsonLimits.DEFAULT, false).build();

  private SocialHealthJackson2() {}

  /**
   * Returns the shared strict mapper: unknown properties are errors.
   *
   * @return the mapper
   */
  public static JsonMapper strictMapper() {
    return STRICT;
  }

  /**
   * Returns the shared lenient mapper: unknown properties are ignored.
   *
   * @return the mapper
   */
  public static JsonMapper lenientMapper() {
    return LENIENT;
  }

  /**
   * Reads one document strictly from untrusted input: default {@link JsonLimits}, unknown properties
   * rejected, every failure a {@link brussels.socialhealth.core.json.JsonInputException} with a stable code, line, column and path. Shortcut for
   * {@code Jackson2DocumentReader.strict().read(json, type)}.
   *
   * @param json the document; not null
   * @param type the type of the root value; not null
   * @param <T> the type
   * @return the value, never null
   * @throws brussels.socialhealth.core.json.JsonInputException when the document cannot be read
   */
  public static <T> T read(String json, Class<T> type) {
    return Jackson2DocumentReader.strict().read(json, type);
  }

  /**
   * Returns a builder with the library's configuration.
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
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(new SocialHealthJackson2Module())
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(SerializationFeature.INDENT_OUTPUT)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .enable(SerializationFeature.WRITE_DATES_WITH_ZONE_ID)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, strict)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT));
  }
}
