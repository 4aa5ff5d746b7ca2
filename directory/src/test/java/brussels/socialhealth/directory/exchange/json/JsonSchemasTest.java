package brussels.socialhealth.directory.exchange.json;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.directory.Directory;
import brussels.socialhealth.directory.exchange.ImportReport;
import com.fasterxml.jackson.annotation.JsonValue;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonSchemaModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schemas (2020-12) of the canonical documents from the model's classes and checks that
 * the schemas shipped in the jar ({@code brussels/socialhealth/directory/schemas/}) and in
 * {@code docs/schemas/} are up to date. Run with {@code -Dschemas.write=true} to regenerate them.
 */
class JsonSchemasTest {
  private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of(Directory.class, "directory.schema.json"),
        Arguments.of(ImportReport.class, "import-report.schema.json"));
  }

  static String generate(Class<?> type, String name) {
    SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
        OptionPreset.PLAIN_JSON)
        .with(new JacksonSchemaModule(JacksonOption.RESPECT_JSONPROPERTY_ORDER,
            JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE))
        .with(Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS, Option.FLATTENED_OPTIONALS,
            Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES, Option.DEFINITIONS_FOR_ALL_OBJECTS,
            Option.PLAIN_DEFINITION_KEYS, Option.STANDARD_FORMATS)
        .with(Option.NONSTATIC_NONVOID_NONGETTER_METHODS)
        .without(Option.NONPUBLIC_NONSTATIC_FIELDS_WITHOUT_GETTERS, Option.NONPUBLIC_NONSTATIC_FIELDS_WITH_GETTERS);
    // The model's JSON properties are its getter-named accessors (getNames() -> names); nothing else.
    config.forMethods().withIgnoreCheck(method -> !method.isPublic() || method.isStatic()
        || method.getArgumentCount() > 0
        || !(method.getName().startsWith("get") || method.getName().startsWith("is"))
        || method.getName().equals("getClass")
        || method.getDeclaringType().getErasedType().getName().startsWith("java."));
    config.forTypesInGeneral().withCustomDefinitionProvider((type1, context) -> {
      if (type1.getErasedType() == brussels.socialhealth.core.LocalizedText.class) {
        ObjectNode node = context.getGeneratorConfig().createObjectNode();
        node.put("type", "object");
        node.put("description", "A text by language code: {\"fr\": ..., \"nl\": ...}");
        node.putObject("propertyNames").putArray("enum").add("fr").add("nl").add("en").add("de");
        node.putObject("additionalProperties").put("type", "string").put("minLength", 1);
        node.put("minProperties", 1);
        return new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD,
            CustomDefinition.AttributeInclusion.YES);
      }
      if (Map.class.isAssignableFrom(type1.getErasedType())) {
        ObjectNode node = context.getGeneratorConfig().createObjectNode();
        node.put("type", "object");
        return new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD,
            CustomDefinition.AttributeInclusion.YES);
      }
      for (Method method : type1.getErasedType().getMethods()) {
        if (method.isAnnotationPresent(JsonValue.class) && method.getParameterCount() == 0) {
          ObjectNode node = context.getGeneratorConfig().createObjectNode();
          node.put("type", Map.class.isAssignableFrom(method.getReturnType()) ? "object" : "string");
          return new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD,
              CustomDefinition.AttributeInclusion.YES);
        }
      }
      return null;
    });
    ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(type);
    schema.put("$id", "https://brussels-socialhealth.github.io/schemas/" + name);
    return schema.toPrettyString().replace("\r\n", "\n") + "\n";
  }

  @ParameterizedTest
  @MethodSource("documents")
  void shipsAnUpToDateSchemaForEveryCanonicalDocument(Class<?> type, String name) throws IOException {
    String schema = generate(type, name);
    Path resource = ROOT.resolve("directory/src/main/resources/brussels/socialhealth/directory/schemas/" + name);
    Path docs = ROOT.resolve("docs/schemas/" + name);
    if (Boolean.getBoolean("schemas.write")) {
      Files.writeString(resource, schema, StandardCharsets.UTF_8);
      Files.writeString(docs, schema, StandardCharsets.UTF_8);
    }

    assertThat(schema).contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"");
    assertThat(Files.readString(resource, StandardCharsets.UTF_8)).isEqualTo(schema);
    assertThat(Files.readString(docs, StandardCharsets.UTF_8)).isEqualTo(schema);
    try (var in = JsonSchemasTest.class.getResourceAsStream("/brussels/socialhealth/directory/schemas/" + name)) {
      assertThat(in).as("shipped in the jar").isNotNull();
    }
  }
}
