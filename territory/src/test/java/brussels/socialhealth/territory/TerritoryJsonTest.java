package brussels.socialhealth.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brussels.socialhealth.core.GoldenJson;
import brussels.socialhealth.core.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library's JSON territory format: golden files under both Jackson lines, and loading. */
class TerritoryJsonTest {
  private static final Territory TERRITORY = Territory.embedded();

  @Test
  void writesGoldenJsonForTheTerritoryTypes() {
    GoldenJson.assertGolden(getClass(), "region", TERRITORY.region(), Region.class);
    GoldenJson.assertGolden(getClass(), "bassin-sud-est", TERRITORY.bassin(BassinCode.SUD_EST), Bassin.class);
    GoldenJson.assertGolden(getClass(), "commune-bruxelles", TERRITORY.commune("21004").orElseThrow(), Commune.class);
    GoldenJson.assertGolden(getClass(), "postal-code-1020", TERRITORY.postalCode("1020").orElseThrow(),
        PostalCodeArea.class);
    GoldenJson.assertGolden(getClass(), "sub-municipality-laeken",
        TERRITORY.subMunicipality("21004E").orElseThrow(), SubMunicipality.class);
    GoldenJson.assertGolden(getClass(), "district-reyers", TERRITORY.district(87).orElseThrow(),
        MonitoringDistrict.class);
    GoldenJson.assertGolden(getClass(), "sector-mediapark", TERRITORY.sector("21015A77K").orElseThrow(),
        StatisticalSector.class);
    GoldenJson.assertGolden(getClass(), "grouping-marolles", TERRITORY.grouping("21004-marolles").orElseThrow(),
        NeighbourhoodGrouping.class);
    GoldenJson.assertGolden(getClass(), "source-statbel-population-2020",
        TERRITORY.source("statbel-population-2020").orElseThrow(), Source.class);
    GoldenJson.assertGolden(getClass(), "open-question-european-quarter", TERRITORY.openQuestions().stream()
        .filter(q -> q.getId().equals("european-quarter")).findFirst().orElseThrow(), OpenQuestion.class);
    GoldenJson.assertGolden(getClass(), "territory-ref", TerritoryRef.parse("sector:21004A01-"), TerritoryRef.class);
  }

  @Test
  void writesGoldenJsonForBassinAnswers() {
    GoldenJson.assertGolden(getClass(), "answer-found-1020", TERRITORY.bassinForPostalCode("1020"),
        BassinAnswer.class);
    GoldenJson.assertGolden(getClass(), "answer-ambiguous-1040", TERRITORY.bassinForPostalCode("1040"),
        BassinAnswer.class);
    GoldenJson.assertGolden(getClass(), "answer-unknown-9999", TERRITORY.bassinForPostalCode("9999"),
        BassinAnswer.class);
  }

  @Test
  void writesGoldenJsonForASmallTerritoryDocument() {
    TerritoryData full = TERRITORY.getData();
    TerritoryData small = TerritoryData.builder().from(full)
        .sources(full.getSources().subList(0, 2))
        .communes(full.getCommunes().subList(4, 5))
        .postalCodes(List.of(TERRITORY.postalCode("1040").orElseThrow()))
        .subMunicipalities(List.of()).districts(List.of(TERRITORY.district(87).orElseThrow()))
        .sectors(List.of(TERRITORY.sector("21015A77K").orElseThrow())).groupings(full.getGroupings().subList(0, 1))
        .openQuestions(List.of()).build();
    GoldenJson.assertGolden(getClass(), "territory-small", small, TerritoryData.class);
  }

  @Test
  void roundTripsTheEmbeddedTerritoryThroughItsJsonFormat(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("territory.json");
    try (var out = Files.newOutputStream(file)) {
      TERRITORY.writeJson(out);
    }
    Territory loaded = Territory.load(file);
    assertThat(loaded.getData()).isEqualTo(TERRITORY.getData());
    assertThat(loaded.bassinForPostalCode("1020")).isEqualTo(TERRITORY.bassinForPostalCode("1020"));
  }

  @Test
  void rejectsMalformedJsonWithTheLineOfTheProblem() {
    byte[] json = "{\n  \"format\": \"socialhealth-territory\",\n  \"version\": \n}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Territory.load(new ByteArrayInputStream(json)))
        .isInstanceOfSatisfying(TerritoryLoadException.class, e -> {
          assertThat(e.getCode()).isEqualTo(TerritoryCodes.LOAD_UNREADABLE);
          Violation violation = e.getReport().getErrors().get(0);
          assertThat(violation.getLine()).hasValue(4L);
        });
  }

  @Test
  void rejectsUnknownPropertiesWithTheirPath() {
    String json = new String(toJson(TERRITORY), StandardCharsets.UTF_8)
        .replaceFirst("\"nisCode\" : \"21001\"", "\"nisCode\" : \"21001\", \"mayor\" : \"x\"");
    assertThatThrownBy(() -> Territory.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(TerritoryLoadException.class, e -> {
          assertThat(e.getCode()).isEqualTo(TerritoryCodes.LOAD_UNREADABLE);
          assertThat(e.getReport().getErrors().get(0).getPath()).startsWith("communes[0]");
        });
  }

  @Test
  void rejectsAnInconsistentDocumentWithItsReport() {
    String json = new String(toJson(TERRITORY), StandardCharsets.UTF_8)
        .replaceFirst("\"nisCode\" : \"21002\"", "\"nisCode\" : \"21001\"");
    assertThatThrownBy(() -> Territory.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(TerritoryLoadException.class, e -> {
          assertThat(e.getCode()).isEqualTo(TerritoryCodes.LOAD_INCONSISTENT);
          assertThat(e.getReport().hasCode(TerritoryCodes.DATA_DUPLICATE)).isTrue();
          assertThat(e.getLocalizedMessages().hasOfficialLanguages()).isTrue();
        });
  }

  private static byte[] toJson(Territory territory) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    territory.writeJson(out);
    return out.toByteArray();
  }
}
