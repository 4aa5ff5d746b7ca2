package brussels.socialhealth.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonValue;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jackson.JacksonSchemaModule;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one JSON Schema (2020-12) generator of the project, shared through core's test-jar: every module's schema
 * test generates its canonical documents' schemas with it and checks that the copies shipped in the module's jar
 * ({@code brussels/socialhealth/<module>/schema/<name>}) and in {@code docs/schemas/} are identical to what the
 * model generates today. Run the tests with {@code -Dschemas.write=true} to rewrite both copies.
 *
 * <p>What the schemas say, and where it comes from:
 * <ul>
 *   <li>properties: the getter-named accessors in {@code @JsonPropertyOrder} order; unknown properties are
 *       forbidden ({@code additionalProperties: false}), as the strict reader refuses them;</li>
 *   <li>required: the abstract accessors (Immutables attributes without default) that are neither Optional nor a
 *       collection nor a map - exactly the attributes a builder refuses to build without;</li>
 *   <li>enums: their stable lower-case codes ({@code @JsonValue});</li>
 *   <li>canonical strings ({@code @JsonValue} identifiers): {@code type: string} with the pattern or format of the
 *       form the library writes (see {@link #CANONICAL_STRINGS}); the reader may accept more (a phone number
 *       written {@code 02/...}), never less, so a schema-valid value is in canonical form.</li>
 * </ul>
 * Rules that need the registry or several objects (a commune code that exists, ids that resolve) are the model's
 * rules, not the schema's: {@code socialhealth validate} applies both. Stateless; thread-safe.
 */
public final class JsonSchemas {
  /** The base of every schema's {@code $id}. */
  public static final String ID_BASE = "https://brussels-socialhealth.github.io/schemas/";

  /**
   * The canonical strings, by fully qualified class name (a name, so that core need not see the modules' types):
   * {pattern or null, format or null, description}. Kept in step with each type's {@code parse}/{@code toString}
   * by the sample documents that {@code ValidateCommandTest} checks against the schemas.
   */
  static final Map<String, String[]> CANONICAL_STRINGS = Map.ofEntries(
      Map.entry("brussels.socialhealth.core.PhoneNumber", new String[] {"^\\+[1-9][0-9]{5,14}$", null,
          "A phone number in E.164 form, for example +3225550100."}),
      Map.entry("brussels.socialhealth.core.EnterpriseNumber", new String[] {"^[01][0-9]{3}\\.[0-9]{3}\\.[0-9]{3}$",
          null, "A Belgian enterprise number (BCE/KBO), for example 0123.456.749; the last two digits are a "
          + "mod-97 check of the first eight."}),
      Map.entry("brussels.socialhealth.core.ExternalRef", new String[] {"^[a-z0-9][a-z0-9._-]{0,63}:.{1,512}$", null,
          "A reference in another system: <system>:<id>, for example bce:0123.456.749."}),
      Map.entry("brussels.socialhealth.core.EmailAddress", new String[] {"^[^@\\s]+@[^@\\s]+$", "email",
          "An e-mail address, domain in lower case."}),
      Map.entry("brussels.socialhealth.core.WebAddress", new String[] {"^[A-Za-z][A-Za-z0-9+.-]*:", "uri",
          "An absolute web address."}),
      Map.entry("brussels.socialhealth.core.TimeRange", new String[] {
          "^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$", null,
          "A time range within a day, for example 09:00-12:30."}),
      Map.entry("brussels.socialhealth.core.OpeningHours", new String[] {null, null,
          "Opening hours in the OpenStreetMap opening_hours syntax subset of docs/opening-hours.md, "
          + "for example \"Mo-Fr 09:00-12:00,13:00-17:00; PH off\"."}),
      Map.entry("brussels.socialhealth.territory.TerritoryRef", new String[] {
          "^(sector|district|sub-municipality|neighbourhood|commune|bassin|region):[A-Za-z0-9_-]{1,32}$", null,
          "A territorial unit: <level>:<code>, for example commune:21005 or bassin:SUD_EST."}));

  private JsonSchemas() {}

  /**
   * Generates the schema of a document type, pretty-printed with {@code \n} line ends and a final line end.
   *
   * @param type the document's class; not null
   * @param name the schema's file name, for example {@code territory.schema.json}; becomes part of {@code $id}
   * @return the schema text
   */
  public static String generate(Class<?> type, String name) {
    SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
        OptionPreset.PLAIN_JSON)
        .with(new JacksonSchemaModule(JacksonOption.RESPECT_JSONPROPERTY_ORDER,
            JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE))
        .with(Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS, Option.FLATTENED_OPTIONALS,
            Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES, Option.DEFINITIONS_FOR_ALL_OBJECTS,
            Option.PLAIN_DEFINITION_KEYS, Option.STANDARD_FORMATS, Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
        .with(Option.NONSTATIC_NONVOID_NONGETTER_METHODS)
        .without(Option.NONPUBLIC_NONSTATIC_FIELDS_WITHOUT_GETTERS, Option.NONPUBLIC_NONSTATIC_FIELDS_WITH_GETTERS);
    // The model's JSON properties are its getter-named accessors (getNames() -> names); nothing else.
    config.forMethods().withIgnoreCheck(method -> !method.isPublic() || method.isStatic()
        || method.getArgumentCount() > 0
        || !(method.getName().startsWith("get") || method.getName().startsWith("is"))
        || method.getName().equals("getClass")
        || method.getDeclaringType().getErasedType().getName().startsWith("java."));
    config.forMethods().withRequiredCheck(JsonSchemas::isRequired);
    config.forTypesInGeneral().withCustomDefinitionProvider((javaType, context) -> {
      Class<?> erased = javaType.getErasedType();
      ObjectNode node = context.getGeneratorConfig().createObjectNode();
      if (erased == LocalizedText.class) {
        node.put("type", "object");
        node.put("description", "A text by language code: {\"fr\": ..., \"nl\": ...}");
        node.putObject("propertyNames").putArray("enum").add("fr").add("nl").add("en").add("de");
        node.putObject("additionalProperties").put("type", "string").put("minLength", 1);
        node.put("minProperties", 1);
        return standard(node);
      }
      if (erased == Extensions.class) {
        // Open by design: whatever a partner sent, by source namespace; the model keeps it, so must the schema.
        node.put("type", "object");
        node.put("description", "Fields the model does not know, by source namespace: "
            + "{\"namespace\": {\"field\": \"value\"}}");
        node.putObject("propertyNames").put("pattern", "^" + ExternalRef.SYSTEM.pattern() + "$");
        ObjectNode fields = node.putObject("additionalProperties");
        fields.put("type", "object");
        fields.putObject("additionalProperties").put("type", "string");
        return standard(node);
      }
      String[] canonical = CANONICAL_STRINGS.get(erased.getName());
      if (canonical != null) {
        node.put("type", "string");
        node.put("description", canonical[2]);
        if (canonical[0] != null) {
          node.put("pattern", canonical[0]);
        }
        if (canonical[1] != null) {
          node.put("format", canonical[1]);
        }
        return standard(node);
      }
      if (Map.class.isAssignableFrom(erased)) {
        node.put("type", "object");
        return standard(node);
      }
      if (!erased.isEnum()) {
        for (Method method : erased.getMethods()) {
          if (method.isAnnotationPresent(JsonValue.class) && method.getParameterCount() == 0) {
            node.put("type", Map.class.isAssignableFrom(method.getReturnType()) ? "object" : "string");
            return standard(node);
          }
        }
      }
      return null;
    });
    ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(type);
    schema.put("$id", ID_BASE + name);
    return schema.toPrettyString().replace("\r\n", "\n") + "\n";
  }

  private static CustomDefinition standard(ObjectNode node) {
    return new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD,
        CustomDefinition.AttributeInclusion.YES);
  }

  /** An Immutables attribute without default that is not Optional, a collection or a map: a builder needs it. */
  private static boolean isRequired(MethodScope method) {
    Method raw = method.getRawMember();
    if (raw == null || !Modifier.isAbstract(raw.getModifiers())) {
      return false;
    }
    Class<?> result = raw.getReturnType();
    return result.isPrimitive() ? result != void.class
        : !(Optional.class == result || OptionalInt.class == result || OptionalLong.class == result
            || OptionalDouble.class == result || Collection.class.isAssignableFrom(result)
            || Map.class.isAssignableFrom(result) || hasNullableAnnotation(raw));
  }

  private static boolean hasNullableAnnotation(Method method) {
    for (var annotation : method.getAnnotations()) {
      if (annotation.annotationType().getSimpleName().equals("Nullable")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Generates a document's schema and asserts that the module's jar resource
   * {@code <module>/src/main/resources/brussels/socialhealth/<module>/schema/<name>} and {@code docs/schemas/<name>}
   * hold exactly that text (rewriting both first when {@code -Dschemas.write=true}).
   *
   * @param module the module's directory and package name, for example {@code territory}
   * @param type the document's class
   * @param name the schema's file name
   * @return the generated schema
   * @throws IOException when a file cannot be read or written
   */
  public static String assertShipped(String module, Class<?> type, String name) throws IOException {
    String schema = generate(type, name);
    Path root = Path.of(System.getProperty("user.dir")).getParent();
    String resourceName = "brussels/socialhealth/" + module + "/schema/" + name;
    Path resource = root.resolve(module + "/src/main/resources/" + resourceName);
    Path docs = root.resolve("docs/schemas/" + name);
    if (Boolean.getBoolean("schemas.write")) {
      Files.createDirectories(resource.getParent());
      Files.writeString(resource, schema, StandardCharsets.UTF_8);
      Files.writeString(docs, schema, StandardCharsets.UTF_8);
    }
    assertThat(schema).contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"");
    assertThat(resource).as("generated schema shipped in the jar (run with -Dschemas.write=true)")
        .exists().content(StandardCharsets.UTF_8).isEqualTo(schema);
    assertThat(docs).as("generated schema copied to docs/schemas (run with -Dschemas.write=true)")
        .exists().content(StandardCharsets.UTF_8).isEqualTo(schema);
    try (InputStream in = type.getClassLoader().getResourceAsStream(resourceName)) {
      assertThat(in).as("shipped in the jar").isNotNull();
    }
    return schema;
  }
}
