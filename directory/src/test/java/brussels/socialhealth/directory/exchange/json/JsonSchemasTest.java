package brussels.socialhealth.directory.exchange.json;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.JsonSchemas;
import brussels.socialhealth.directory.Directory;
import brussels.socialhealth.directory.exchange.ImportReport;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generates the JSON Schemas (2020-12) of the directory's canonical documents with core's {@link JsonSchemas} and
 * checks that the copies shipped in the jar ({@code brussels/socialhealth/directory/schema/}) and in
 * {@code docs/schemas/} are up to date. Run with {@code -Dschemas.write=true} to regenerate them.
 */
class JsonSchemasTest {

  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of(Directory.class, "directory.schema.json"),
        Arguments.of(ImportReport.class, "import-report.schema.json"));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void shipsAnUpToDateSchemaForEveryCanonicalDocument(Class<?> type, String name) throws IOException {
    String schema = JsonSchemas.assertShipped("directory", type, name);

    assertThat(schema).contains("\"required\"", "\"additionalProperties\" : false");
  }
}
