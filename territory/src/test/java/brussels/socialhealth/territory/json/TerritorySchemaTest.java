package brussels.socialhealth.territory.json;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.JsonSchemas;
import brussels.socialhealth.territory.TerritoryData;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Generates the JSON Schema (2020-12) of the territory document ({@link TerritoryData}, what
 * {@code Territory.writeJson} writes) with core's {@link JsonSchemas} and checks that the copies shipped in the jar
 * ({@code brussels/socialhealth/territory/schema/}) and in {@code docs/schemas/} are up to date. Run with
 * {@code -Dschemas.write=true} to regenerate them.
 */
class TerritorySchemaTest {

  @Test
  void shipsAnUpToDateSchemaOfTheTerritoryDocument() throws IOException {
    String schema = JsonSchemas.assertShipped("territory", TerritoryData.class, "territory.schema.json");

    assertThat(schema).contains("\"required\"", "\"additionalProperties\" : false",
        "(sector|district|sub-municipality|neighbourhood|commune|bassin|region)");
  }
}
