package brussels.socialhealth.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.validation.ValidationReport;
import brussels.socialhealth.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each invariant of the consistency check, broken once on a copy of the embedded data. */
class ConsistencyCheckTest {
  private static final TerritoryData REAL = Territory.embedded().getData();

  private static <T> List<T> replace(List<T> list, int index, T value) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, value);
    return copy;
  }

  private static <T> List<T> plus(List<T> list, T value) {
    List<T> copy = new ArrayList<>(list);
    copy.add(value);
    return copy;
  }

  private static Commune commune(String nis) {
    return REAL.getCommunes().stream().filter(c -> c.getNisCode().equals(nis)).findFirst().orElseThrow();
  }

  private static int communeIndex(String nis) {
    return REAL.getCommunes().indexOf(commune(nis));
  }

  private static TerritoryData withCommune(String nis, UnaryOperator<ImmutableCommune.Builder> change) {
    Commune changed = change.apply(ImmutableCommune.builder().from(commune(nis))).build();
    return TerritoryData.builder().from(REAL).communes(replace(REAL.getCommunes(), communeIndex(nis), changed))
        .build();
  }

  private static TerritoryData withSector(int index, UnaryOperator<ImmutableStatisticalSector.Builder> change) {
    StatisticalSector changed = change.apply(ImmutableStatisticalSector.builder().from(REAL.getSectors().get(index)))
        .build();
    return TerritoryData.builder().from(REAL).sectors(replace(REAL.getSectors(), index, changed)).build();
  }

  static Stream<Arguments> brokenData() {
    Population wrong2020 = Population.of(100_000, 2020, "statbel-population-2020");
    return Stream.of(
        Arguments.of("unknown format",
            TerritoryData.builder().from(REAL).format("something-else").build(),
            TerritoryCodes.DATA_FORMAT, "format"),
        Arguments.of("future schema version",
            TerritoryData.builder().from(REAL).schemaVersion(2).build(),
            TerritoryCodes.DATA_FORMAT, "schemaVersion"),
        Arguments.of("duplicate commune code",
            TerritoryData.builder().from(REAL).communes(plus(REAL.getCommunes(), commune("21005"))).build(),
            TerritoryCodes.DATA_DUPLICATE, "communes[19]"),
        Arguments.of("duplicate sector code",
            TerritoryData.builder().from(REAL).sectors(plus(REAL.getSectors(), REAL.getSectors().get(0))).build(),
            TerritoryCodes.DATA_DUPLICATE, "sectors[749]"),
        Arguments.of("duplicate source id",
            TerritoryData.builder().from(REAL).sources(plus(REAL.getSources(), REAL.getSources().get(0))).build(),
            TerritoryCodes.DATA_DUPLICATE, "sources[" + REAL.getSources().size() + "]"),
        Arguments.of("a bassin missing",
            TerritoryData.builder().from(REAL).bassins(REAL.getBassins().subList(0, 4)).build(),
            TerritoryCodes.DATA_BASSIN_MISSING, "bassins"),
        Arguments.of("commune in no bassin",
            withCommune("21011", b -> b.bassins(List.of())),
            TerritoryCodes.DATA_COMMUNE_WITHOUT_BASSIN, "communes[10].bassins"),
        Arguments.of("commune wholly in a bassin and in another",
            withCommune("21011", b -> b.addBassin(BassinMembership.builder().bassin(BassinCode.SUD)
                .coverage(Coverage.WHOLE).confidence(Confidence.LOW).build())),
            TerritoryCodes.DATA_MEMBERSHIP_CONFLICT, "communes[10].bassins"),
        Arguments.of("sector in an unknown commune",
            withSector(0, b -> b.code("21099A001").commune("21099")),
            TerritoryCodes.DATA_UNKNOWN_REFERENCE, "sectors[0].commune"),
        Arguments.of("sector whose code is not of its commune",
            withSector(0, b -> b.commune("21005")),
            TerritoryCodes.DATA_SECTOR_COMMUNE_MISMATCH, "sectors[0].commune"),
        Arguments.of("sector in an unknown district",
            withSector(0, b -> b.district(4242)),
            TerritoryCodes.DATA_UNKNOWN_REFERENCE, "sectors[0].district"),
        Arguments.of("commune population inconsistent with the regional total",
            withCommune("21011", b -> b.populations(List.of(wrong2020))),
            TerritoryCodes.DATA_POPULATION_MISMATCH, "region.populations"),
        Arguments.of("bassin population inconsistent with its whole communes",
            TerritoryData.builder().from(REAL).bassins(replace(REAL.getBassins(), 3,
                ImmutableBassin.builder().from(REAL.getBassins().get(3)).populations(List.of(
                    Population.builder().from(wrong2020).derived(true).build())).build())).build(),
            TerritoryCodes.DATA_POPULATION_MISMATCH, "bassins[3].populations"),
        Arguments.of("two populations for one year",
            withCommune("21011", b -> b.addPopulation(Population.of(21_959, 2020, "statbel-population-2020"))),
            TerritoryCodes.DATA_POPULATION_DUPLICATE_YEAR, "communes[10].populations"),
        Arguments.of("commune name without Dutch",
            withCommune("21007", b -> b.names(LocalizedText.of(Language.FR, "Forest"))),
            TerritoryCodes.DATA_NAMES_MISSING, "communes[6].names"),
        Arguments.of("sector name without French",
            withSector(5, b -> b.names(LocalizedText.of(Language.NL, "BEURS"))),
            TerritoryCodes.DATA_NAMES_MISSING, "sectors[5].names"),
        Arguments.of("unknown source",
            withCommune("21001", b -> b.addSource("made-up-source")),
            TerritoryCodes.DATA_UNKNOWN_REFERENCE, "communes[0].sources"),
        Arguments.of("commune postal code without postal code entry",
            withCommune("21001", b -> b.addPostalCode("1071")),
            TerritoryCodes.DATA_POSTAL_CODE_MISMATCH, "communes[0].postalCodes"),
        Arguments.of("postal code entry naming a commune that does not list it",
            TerritoryData.builder().from(REAL).postalCodes(plus(REAL.getPostalCodes(), PostalCodeArea.builder()
                .code("1299").addCommune("21001").confidence(Confidence.LOW).build())).build(),
            TerritoryCodes.DATA_POSTAL_CODE_MISMATCH, "postalCodes[" + REAL.getPostalCodes().size() + "]"),
        Arguments.of("district sector count that does not match its sectors",
            TerritoryData.builder().from(REAL).districts(replace(REAL.getDistricts(), 0,
                ImmutableMonitoringDistrict.builder().from(REAL.getDistricts().get(0)).sectorCount(5).build()))
                .build(),
            TerritoryCodes.DATA_DISTRICT_SECTOR_COUNT, "districts[0].sectorCount"),
        Arguments.of("grouping in an unknown commune",
            TerritoryData.builder().from(REAL).groupings(replace(REAL.getGroupings(), 0,
                ImmutableNeighbourhoodGrouping.builder().from(REAL.getGroupings().get(0)).communes(List.of("21077"))
                    .build())).build(),
            TerritoryCodes.DATA_UNKNOWN_REFERENCE, "groupings[0].communes"),
        Arguments.of("open question about an unknown unit",
            TerritoryData.builder().from(REAL).openQuestions(plus(REAL.getOpenQuestions(), OpenQuestion.builder()
                .id("x").addSubject(TerritoryRef.commune("21077")).description("x").build())).build(),
            TerritoryCodes.DATA_UNKNOWN_REFERENCE, "openQuestions[" + REAL.getOpenQuestions().size() + "].subjects"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenData")
  void rejectsDataThatBreaksAnInvariant(String label, TerritoryData data, String code, String path) {
    ValidationReport report = Territory.check(data);
    assertThat(report.isValid()).isFalse();
    assertThat(report.getErrors()).extracting(Violation::getCode, Violation::getPath)
        .contains(org.assertj.core.api.Assertions.tuple(code, path));
    assertThatThrownBy(() -> Territory.of(data))
        .isInstanceOfSatisfying(TerritoryLoadException.class, e -> {
          assertThat(e.getCode()).isEqualTo(TerritoryCodes.LOAD_INCONSISTENT);
          assertThat(e.getReport().hasCode(code)).isTrue();
        });
  }

  @Test
  void acceptsTheEmbeddedDataWithOnlyWarningsForGroupingsWithoutDutchName() {
    ValidationReport report = Territory.check(REAL);
    assertThat(report.isValid()).isTrue();
    assertThat(report.getWarnings()).extracting(Violation::getCode).containsOnly(
        TerritoryCodes.DATA_GROUPING_DUTCH_NAME_MISSING);
    List<String> named = report.getWarnings().stream().map(v -> v.getValue().orElseThrow())
        .collect(Collectors.toList());
    assertThat(named).contains("Laeken-Sud", "Collignon").doesNotContain("Marolles", "Bas de Forest");
  }

  @Test
  void doesNotTreatFiftySixNeighbourhoodsAsAnInvariant() {
    // The bassins' sites state 9 + 8 + 16 + 7 + 17 = 57; the embedded data knows 18 by name.
    int stated = REAL.getBassins().stream().mapToInt(b -> b.getStatedNeighbourhoodCount().orElse(0)).sum();
    assertThat(stated).isEqualTo(57);
    assertThat(Territory.check(REAL).isValid()).isTrue();
  }
}
