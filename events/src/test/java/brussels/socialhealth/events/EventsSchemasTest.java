package brussels.socialhealth.events;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.JsonSchemas;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generates the JSON Schemas (2020-12) of the events module's canonical documents with core's {@link JsonSchemas}
 * and checks that the copies shipped in the jar ({@code brussels/socialhealth/events/schema/}) and in
 * {@code docs/schemas/} are up to date. Run with {@code -Dschemas.write=true} to regenerate them.
 */
class EventsSchemasTest {

  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of(EventsDocument.class, "events.schema.json"),
        Arguments.of(HelpdeskCasesDocument.class, "helpdesk-cases.schema.json"),
        Arguments.of(HelpdeskActivityReport.class, "helpdesk-activity-report.schema.json"));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void shipsAnUpToDateSchemaForEveryCanonicalDocument(Class<?> type, String name) throws IOException {
    String schema = JsonSchemas.assertShipped("events", type, name);

    assertThat(schema).contains("\"schemaVersion\"", "\"required\"", "\"additionalProperties\" : false");
  }
}
