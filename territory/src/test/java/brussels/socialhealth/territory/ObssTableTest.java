package brussels.socialhealth.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.Messages;
import brussels.socialhealth.core.validation.ValidationReport;
import brussels.socialhealth.core.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The OBSS sector-to-neighbourhood table completes the groupings and the bassin answers. */
class ObssTableTest {
  private static final Territory EMBEDDED = Territory.embedded();
  private static final String HEADER = "CodeSector,QuartierSS_Gwwijk,NomQuartierSSFR,NaamGWwijkNL,BassinFR,ZoneNL\n";

  private static ObssTable fictional() {
    InputStream in = ObssTableTest.class.getResourceAsStream("/obss/ss_qss_fictional.csv");
    return ObssTable.read(in, "ss_qss_fictional.csv");
  }

  private static ObssTable table(String csv) {
    return ObssTable.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "inline.csv");
  }

  @Test
  void readsTheFictionalTableInTheOfficialFormat() {
    ObssTable table = fictional();
    assertThat(table.rows()).hasSize(10);
    assertThat(table.rows().get(9).sector()).isEqualTo("21001A041");
    assertThat(table.rows().get(8).bassin()).isEqualTo(BassinCode.CENTRE_OUEST);
    assertThat(table.rows().get(0).line()).isEqualTo(2);
  }

  @Test
  void completesTheGroupingsOfItsSectors() {
    Territory completed = EMBEDDED.withObssTable(fictional());
    NeighbourhoodGrouping tilleuls = completed.groupingByNumber(901).orElseThrow();
    assertThat(tilleuls.getKey()).isEqualTo("901");
    assertThat(tilleuls.getNames().get(Language.FR)).isEqualTo("Les Tilleuls");
    assertThat(tilleuls.getNames().get(Language.NL)).isEqualTo("De Linden");
    assertThat(tilleuls.getCommunes()).containsExactly("21004");
    assertThat(tilleuls.getBassin()).isEqualTo(BassinCode.CENTRE_OUEST);
    assertThat(tilleuls.getClssStatus()).isEqualTo(ClssStatus.UNKNOWN);
    assertThat(tilleuls.getSources()).containsExactly(ObssTable.SOURCE_ID);
    assertThat(completed.source(ObssTable.SOURCE_ID)).isPresent();
    assertThat(completed.groupings()).hasSize(EMBEDDED.groupings().size() + 5);
    assertThat(completed.children(TerritoryRef.parse("neighbourhood:901"))).extracting(TerritoryRef::toString)
        .containsExactly("sector:21004A001", "sector:21004A002", "sector:21004A01-");
    assertThat(completed.parents(TerritoryRef.parse("sector:21004A001"))).extracting(TerritoryRef::toString)
        .containsExactly("commune:21004", "sub-municipality:21004A", "district:1", "neighbourhood:901");
    assertThat(completed.findByName("de linden")).extracting(u -> u.toRef().toString())
        .containsExactly("neighbourhood:901");
  }

  @Test
  void answersTheBassinOfItsSectorsAndLeavesTheOthersAsTheyWere() {
    Territory completed = EMBEDDED.withObssTable(fictional());
    assertThat(EMBEDDED.bassinForSector("21004A001").getStatus()).isEqualTo(AnswerStatus.AMBIGUOUS);
    BassinAnswer answer = completed.bassinForSector("21004A001");
    assertThat(answer.getBassin()).hasValue(BassinCode.CENTRE_OUEST);
    assertThat(answer.getReason()).isEqualTo(TerritoryCodes.ANSWER_OBSS_TABLE);
    assertThat(answer.getConfidence()).hasValue(Confidence.HIGH);
    assertThat(completed.bassinForSector("21004C54K").getBassin()).hasValue(BassinCode.SUD);
    assertThat(completed.bassinForSector("21004E101").getReason()).isEqualTo(TerritoryCodes.ANSWER_OBSS_TABLE);
    // A sector the table does not list keeps its answer.
    assertThat(completed.bassinForSector("21004A34-")).isEqualTo(EMBEDDED.bassinForSector("21004A34-"));
    assertThat(completed.bassinFor(TerritoryRef.parse("district:1")).getStatus()).isEqualTo(AnswerStatus.AMBIGUOUS);
    // The embedded territory itself is unchanged.
    assertThat(EMBEDDED.groupingByNumber(901)).isEmpty();
  }

  @Test
  void warnsAboutASectorPutInABassinItsCommuneIsNotKnownToBelongTo() {
    ValidationReport report = fictional().checkAgainst(EMBEDDED);
    assertThat(report.isValid()).isTrue();
    assertThat(report.getWarnings()).extracting(Violation::getCode, Violation::getValue, Violation::getLine)
        .containsExactly(tuple(TerritoryCodes.OBSS_BASSIN_OUTSIDE_COMMUNE, java.util.Optional.of("21004B411"),
            java.util.Optional.of(7L)));
  }

  @Test
  void mergesANumberedGroupingWithTheGroupingKnownByNameAndKeepsItsClssWave() {
    Territory completed = EMBEDDED.withObssTable(table(HEADER
        + "21004A001,12,Marolles,Marollen,Centre-Ouest,Centrum-West\n"));
    NeighbourhoodGrouping marolles = completed.groupingByNumber(12).orElseThrow();
    assertThat(marolles.getClssWave()).hasValue(ClssWave.FIRST);
    assertThat(marolles.getSources()).contains(ObssTable.SOURCE_ID, "ocmw-bxl-lwgc");
    assertThat(completed.grouping("21004-marolles")).isEmpty();
    assertThat(completed.groupings()).hasSize(EMBEDDED.groupings().size());
  }

  static Stream<Arguments> badTables() {
    return Stream.of(
        Arguments.of("missing column", "CodeSector,QuartierSS_Gwwijk,NomQuartierSSFR,NaamGWwijkNL,BassinFR\n"
            + "21004A001,1,A,B,Nord\n", TerritoryCodes.OBSS_COLUMN_MISSING, 1L, "ZoneNL"),
        Arguments.of("empty cell", HEADER + "21004A001,1,,B,Nord,Noord\n", TerritoryCodes.OBSS_VALUE_MISSING, 2L,
            "NomQuartierSSFR"),
        Arguments.of("unknown bassin", HEADER + "21004A001,1,A,B,Est,Noord\n", TerritoryCodes.OBSS_BASSIN_UNKNOWN,
            2L, "BassinFR"),
        Arguments.of("French and Dutch bassins disagree", HEADER + "21004A001,1,A,B,Nord,Zuid\n",
            TerritoryCodes.OBSS_BASSIN_MISMATCH, 2L, "ZoneNL"),
        Arguments.of("invalid number", HEADER + "21004A001,x1,A,B,Nord,Noord\n", TerritoryCodes.OBSS_NUMBER_INVALID,
            2L, "QuartierSS_Gwwijk"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badTables")
  void rejectsAMalformedTableWithLineAndColumn(String label, String csv, String code, long line, String column) {
    assertThatThrownBy(() -> table(csv)).isInstanceOfSatisfying(TerritoryLoadException.class, e -> {
      assertThat(e.getCode()).isEqualTo(TerritoryCodes.LOAD_INCONSISTENT);
      assertThat(e.getReport().getErrors()).extracting(Violation::getCode, Violation::getLine, Violation::getColumn)
          .contains(tuple(code, java.util.Optional.of(line), java.util.Optional.of(column)));
    });
  }

  static Stream<Arguments> misfittingTables() {
    return Stream.of(
        Arguments.of("unknown sector", HEADER + "21004Z999,1,A,B,Nord,Noord\n", TerritoryCodes.OBSS_SECTOR_UNKNOWN),
        Arguments.of("sector twice", HEADER + "21004A001,1,A,B,Nord,Noord\n21004A001,1,A,B,Nord,Noord\n",
            TerritoryCodes.OBSS_SECTOR_DUPLICATE),
        Arguments.of("one number, two names", HEADER + "21004A001,1,A,B,Nord,Noord\n21004A002,1,C,D,Nord,Noord\n",
            TerritoryCodes.OBSS_GROUPING_INCONSISTENT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("misfittingTables")
  void refusesATableThatDoesNotFitTheTerritory(String label, String csv, String code) {
    ObssTable table = table(csv);
    assertThat(table.checkAgainst(EMBEDDED).hasCode(code)).isTrue();
    assertThatThrownBy(() -> EMBEDDED.withObssTable(table)).isInstanceOfSatisfying(TerritoryLoadException.class,
        e -> assertThat(e.getReport().hasCode(code)).isTrue());
  }

  @Test
  void reportsAnUnreadableCsvAsUnreadable() {
    assertThatThrownBy(() -> table(HEADER + "\"21004A001,1,A,B,Nord,Noord\n"))
        .isInstanceOfSatisfying(TerritoryLoadException.class,
            e -> assertThat(e.getCode()).isEqualTo(TerritoryCodes.LOAD_UNREADABLE));
  }

  @Test
  void saysWhyAnUnreadableTableCannotBeReadInEachLanguage() {
    assertThatThrownBy(() -> ObssTable.read(
            new ByteArrayInputStream((HEADER + "\"21004A001,1,A,B,Nord,Noord\n").getBytes(StandardCharsets.UTF_8)),
            "obss.csv"))
        .isInstanceOfSatisfying(TerritoryLoadException.class, e -> {
          for (Language language : Messages.MESSAGE_LANGUAGES) {
            assertThat(e.getLocalizedMessages().get(language)).as(language.code())
                .contains("obss.csv", "unterminated quoted cell")
                .doesNotContainPattern("\\{\\d+}")
                .doesNotContain(": 1.");
          }
        });
  }
}
