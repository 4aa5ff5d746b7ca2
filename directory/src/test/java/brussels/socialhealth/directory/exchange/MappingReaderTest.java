package brussels.socialhealth.directory.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MappingReaderTest {

  static final String GOOD = String.join("\n",
      "mapping: 1",
      "source: ixelles-social-map",
      "target: contact",
      "input:",
      "  format: csv",
      "  encoding: windows-1252",
      "  separator: \";\"",
      "id: N°",
      "fields:",
      "  name:",
      "    column: Nom / Naam",
      "    split: \" / \"",
      "    languages: [fr, nl]",
      "  phones:",
      "    column: Téléphone",
      "    separators: [\";\", \" - \"]",
      "  kind:",
      "    column: Type",
      "    values:",
      "      Maison médicale: medical-house",
      "      ASBL: association",
      "    default: other",
      "  postalCode: CP",
      "ignore: [Interne]",
      "");

  @Test
  void readsEveryPartOfAMapping() {
    Mapping mapping = MappingReader.read(GOOD, "ixelles.yaml");

    assertThat(mapping.getFile()).isEqualTo("ixelles.yaml");
    assertThat(mapping.getSource()).isEqualTo("ixelles-social-map");
    assertThat(mapping.getTarget()).isEqualTo("contact");
    assertThat(mapping.getFormat()).isEqualTo(InputFormat.CSV);
    assertThat(mapping.getEncoding()).contains(java.nio.charset.Charset.forName("windows-1252"));
    assertThat(mapping.getSeparator()).contains(';');
    assertThat(mapping.getIdColumn()).contains("N°");
    assertThat(mapping.getIgnoredColumns()).containsExactly("Interne");
    assertThat(mapping.getFields()).extracting(FieldMapping::getTarget)
        .containsExactly("name", "phones", "kind", "postalCode");
    FieldMapping name = mapping.getFields().get(0);
    assertThat(name.getSplit()).contains(" / ");
    assertThat(name.getLanguages()).containsExactly(Language.FR, Language.NL);
    assertThat(mapping.getFields().get(1).getSeparators()).containsExactly(";", " - ");
    assertThat(mapping.getFields().get(2).getValues()).containsEntry("ASBL", "association");
    assertThat(mapping.getFields().get(2).getDefaultValue()).contains("other");
    assertThat(mapping.getFields().get(3).getColumn()).contains("CP");
    assertThat(mapping.check(TestTargets.contact())).isEmpty();
  }

  @Test
  void acceptsAutomaticEncodingAndSeparator() {
    Mapping mapping = MappingReader.read(GOOD.replace("windows-1252", "auto").replace("\";\"", "auto"), "m.yaml");

    assertThat(mapping.getEncoding()).isEmpty();
    assertThat(mapping.getSeparator()).isEmpty();
  }

  /** Each mistake of form, with the line (and column) where it must be reported. */
  static Stream<Arguments> mistakesOfForm() {
    return Stream.of(
        Arguments.of("syntax", GOOD.replace("  format: csv", "  format: [csv"), ExchangeCodes.MAPPING_SYNTAX, 6L),
        Arguments.of("unknown top key", GOOD.replace("ignore:", "ignored:"), ExchangeCodes.MAPPING_UNKNOWN_KEY, 24L),
        Arguments.of("unknown field key", GOOD.replace("    split:", "    splitter:"),
            ExchangeCodes.MAPPING_UNKNOWN_KEY, 12L),
        Arguments.of("missing source", GOOD.replace("source: ixelles-social-map\n", ""),
            ExchangeCodes.MAPPING_MISSING_KEY, 1L),
        Arguments.of("missing format", GOOD.replace("  format: csv\n", ""), ExchangeCodes.MAPPING_MISSING_KEY, 5L),
        Arguments.of("duplicate key", GOOD.replace("  postalCode: CP", "  postalCode: CP\n  postalCode: PC"),
            ExchangeCodes.MAPPING_DUPLICATE_KEY, 24L),
        Arguments.of("bad format", GOOD.replace("format: csv", "format: xlsx"), ExchangeCodes.MAPPING_BAD_VALUE, 5L),
        Arguments.of("bad encoding", GOOD.replace("windows-1252", "klingon-8"), ExchangeCodes.MAPPING_BAD_VALUE, 6L),
        Arguments.of("bad separator", GOOD.replace("\";\"", "\";;\""), ExchangeCodes.MAPPING_BAD_VALUE, 7L),
        Arguments.of("bad language", GOOD.replace("[fr, nl]", "[fr, xx]"), ExchangeCodes.MAPPING_BAD_VALUE, 13L),
        Arguments.of("bad on-invalid", GOOD.replace("  postalCode: CP", "  postalCode:\n    column: CP\n"
            + "    on-invalid: ignore"), ExchangeCodes.MAPPING_BAD_VALUE, 25L),
        Arguments.of("values not a map", GOOD.replace("    values:\n      Maison médicale: medical-house\n"
            + "      ASBL: association", "    values: [a, b]"), ExchangeCodes.MAPPING_BAD_VALUE, 19L),
        Arguments.of("source not a system name", GOOD.replace("ixelles-social-map", "Ixelles Social Map"),
            ExchangeCodes.MAPPING_BAD_VALUE, 2L),
        Arguments.of("unsupported version", GOOD.replace("mapping: 1", "mapping: 2"),
            ExchangeCodes.MAPPING_VERSION, 1L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakesOfForm")
  void reportsMistakesOfFormWithTheirLineInTheMappingFile(String name, String yaml, String code, long line) {
    MappingException error = catchThrowableOfType(MappingException.class, () -> MappingReader.read(yaml, "m.yaml"));

    assertThat(error).as(name).isNotNull();
    assertThat(error.getFile()).isEqualTo("m.yaml");
    assertThat(error.getViolations()).extracting(Violation::getCode).contains(code);
    Violation violation = error.getViolations().stream().filter(v -> v.getCode().equals(code)).findFirst()
        .orElseThrow();
    assertThat(violation.getLine()).contains(line);
    assertThat(violation.getColumn()).isPresent();
    assertThat(violation.getMessage().get(Language.NL)).isNotBlank().doesNotContain(code);
  }

  @Test
  void reportsEveryMistakeAtOnceNotJustTheFirst() {
    String yaml = GOOD.replace("format: csv", "format: xlsx").replace("ignore:", "ignored:");

    assertThatThrownBy(() -> MappingReader.read(yaml, "m.yaml"))
        .isInstanceOfSatisfying(MappingException.class, e -> assertThat(e.getViolations())
            .extracting(Violation::getCode)
            .containsExactlyInAnyOrder(ExchangeCodes.MAPPING_BAD_VALUE, ExchangeCodes.MAPPING_UNKNOWN_KEY));
  }

  /** Each mistake found against the target, with its line. */
  static Stream<Arguments> mistakesAgainstTheTarget() {
    return Stream.of(
        Arguments.of("unknown target", GOOD.replace("target: contact", "target: person"),
            ExchangeCodes.MAPPING_UNKNOWN_TARGET, 3L),
        Arguments.of("unknown field", GOOD.replace("  postalCode: CP", "  postcode: CP"),
            ExchangeCodes.MAPPING_UNKNOWN_FIELD, 23L),
        Arguments.of("value map to an unknown code", GOOD.replace("ASBL: association", "ASBL: non-profit"),
            ExchangeCodes.MAPPING_VALUE_MAP, 21L),
        Arguments.of("value map on a free field", GOOD.replace("  postalCode: CP",
            "  postalCode:\n    column: CP\n    values: {Ixelles: \"1050\"}"), ExchangeCodes.MAPPING_CONFLICT, 23L),
        Arguments.of("required field not fed", GOOD.replace("  name:\n    column: Nom / Naam\n    split: \" / \"\n"
            + "    languages: [fr, nl]\n", ""), ExchangeCodes.MAPPING_REQUIRED_FIELD, 9L),
        Arguments.of("split without two languages", GOOD.replace("[fr, nl]", "[fr]"),
            ExchangeCodes.MAPPING_CONFLICT, 12L),
        Arguments.of("separators on a single field", GOOD.replace("  postalCode: CP",
            "  postalCode:\n    column: CP\n    separators: [\",\"]"), ExchangeCodes.MAPPING_CONFLICT, 25L),
        Arguments.of("default not a code", GOOD.replace("default: other", "default: elsewhere"),
            ExchangeCodes.MAPPING_BAD_DEFAULT, 22L),
        Arguments.of("default the parser refuses", GOOD.replace("  postalCode: CP",
            "  postalCode:\n    default: \"9999\""), ExchangeCodes.MAPPING_BAD_DEFAULT, 24L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakesAgainstTheTarget")
  void reportsMistakesAgainstTheTargetWithTheirLine(String name, String yaml, String code, long line) {
    Mapping mapping = MappingReader.read(yaml, "m.yaml");

    MappingException error = catchThrowableOfType(MappingException.class,
        () -> Importer.of(mapping, TestTargets.contact()));

    assertThat(error).as(name).isNotNull();
    Violation violation = error.getViolations().stream().filter(v -> v.getCode().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError(name + ": " + error.getViolations()));
    assertThat(violation.getLine()).as(name).contains(line);
  }

  @Test
  void reportsColumnsMissingFromTheHeaderBeforeAnyRecordIsRead() {
    Mapping mapping = MappingReader.read(GOOD.replace("column: Téléphone", "column: Telephone"), "m.yaml");
    String csv = "N°;Nom / Naam;Téléphone;Type;CP;Interne\n1;A / B;02 123 45 67;ASBL;1050;x\n";
    Importer<?> importer = Importer.of(mapping, TestTargets.contact());
    List<Object> received = new java.util.ArrayList<>();

    MappingException error = catchThrowableOfType(MappingException.class, () -> importer.run(
        ImportInput.of("in.csv", csv.getBytes(StandardCharsets.ISO_8859_1)), received::add));

    assertThat(received).isEmpty();
    assertThat(error.getViolations()).singleElement().satisfies(v -> {
      assertThat(v.getCode()).isEqualTo(ExchangeCodes.MAPPING_UNKNOWN_COLUMN);
      assertThat(v.getLine()).contains(15L);
      assertThat(v.getColumn()).contains("13");
      assertThat(v.getValue()).contains("Telephone");
      assertThat(v.getMessage().get(Language.EN)).contains("\"Téléphone\"");
    });
  }

  @Test
  void positionsAreAuxiliaryAndDoNotChangeEquality() {
    Mapping a = MappingReader.read(GOOD, "m.yaml");
    Mapping b = MappingReader.read("# a comment moves every line\n" + GOOD, "m.yaml");

    assertThat(a).isEqualTo(b);
    assertThat(a.getPositions()).isNotEqualTo(b.getPositions());
    assertThat(Optional.of(a.getFields().get(0).positionOf("column").line())).contains(11L);
  }
}
