package brussels.socialhealth.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.validation.ValidationReport;
import brussels.socialhealth.core.validation.Violation;
import brussels.socialhealth.events.HelpdeskActivityReport;
import brussels.socialhealth.events.HelpdeskCasesDocument;
import brussels.socialhealth.examples.json.ExampleJson;
import brussels.socialhealth.examples.sample.SampleDirectory;
import brussels.socialhealth.examples.sample.SampleEvents;
import brussels.socialhealth.examples.sample.SampleHelpdesk;
import brussels.socialhealth.territory.Territory;
import brussels.socialhealth.territory.TerritoryRef;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code socialhealth validate}: every kind of canonical document the library writes passes; each kind with
 * a fault fails with the fault's code, path and, for schema faults, its line.
 */
class ValidateCommandTest {
  @TempDir Path dir;

  private static final Map<DocumentType, Supplier<String>> VALID_DOCUMENTS = Map.of(
      DocumentType.DIRECTORY, () -> SampleDirectory.toJson(SampleDirectory.load()),
      DocumentType.TERRITORY, ValidateCommandTest::territoryJson,
      DocumentType.EVENTS, () -> ExampleJson.pretty(SampleEvents.load()),
      DocumentType.HELPDESK_CASES, () -> ExampleJson.pretty(HelpdeskCasesDocument.of(cases())),
      DocumentType.HELPDESK_ACTIVITY_REPORT, () -> ExampleJson.pretty(HelpdeskActivityReport.of(
          TerritoryRef.bassin("SUD_EST"), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), cases())),
      DocumentType.IMPORT_REPORT, ValidateCommandTest::importReportJson);

  private static List<brussels.socialhealth.events.HelpdeskCase> cases() {
    return SampleHelpdesk.generate(12, 7L, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
  }

  private static String territoryJson() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Territory.embedded().writeJson(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The report of an import of the fictional Ixelles export, as {@code socialhealth import} writes it. */
  private static String importReportJson() {
    try {
      Path work = Files.createTempDirectory("validate-import");
      for (String name : List.of("ixelles-social-map.yaml", "ixelles-social-map.csv")) {
        try (InputStream in = ValidateCommandTest.class.getResourceAsStream(
            "/brussels/socialhealth/examples/partners/" + name)) {
          Files.copy(in, work.resolve(name));
        }
      }
      CliRun run = CliRun.run("import", "--mapping", work.resolve("ixelles-social-map.yaml").toString(),
          work.resolve("ixelles-social-map.csv").toString(), "--out", work.resolve("out.json").toString(),
          "--report", work.resolve("report.json").toString());
      assertThat(run.exitCode).as(run.out + run.err).isEqualTo(ImportCommand.REJECTED);
      return Files.readString(work.resolve("report.json"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static ValidationReport jsonReport(CliRun run) {
    return ExampleJson.read(run.out, ValidationReport.class);
  }

  static Stream<DocumentType> types() {
    return Stream.of(DocumentType.values());
  }

  @ParameterizedTest
  @MethodSource("types")
  void acceptsEveryKindOfDocumentTheLibraryWritesAndTellsItsType(DocumentType type) throws IOException {
    Path file = write(type.code() + ".json", VALID_DOCUMENTS.get(type).get());

    CliRun run = CliRun.run("validate", file.toString());

    assertThat(run.exitCode).as(run.out + run.err).isEqualTo(ExitCodes.OK);
    assertThat(run.out).contains(type.schema()).contains("(" + type.code() + "): 0 errors");
  }

  static Stream<Arguments> faults() {
    return Stream.of(
        // schema: a phone not in its canonical E.164 form
        Arguments.of(DocumentType.DIRECTORY, "\"+3225550001\"", "\"02/555.00.01\"", "examples.validate.schema",
            ".phones[0]"),
        // model rules: a service whose organisation does not exist
        Arguments.of(DocumentType.DIRECTORY, "\"organisationId\" : \"auderghem.1\"",
            "\"organisationId\" : \"nowhere.1\"", "directory.reference.unknown", "organisationId"),
        // consistency of the territory
        Arguments.of(DocumentType.TERRITORY, "\"socialhealth-territory\"", "\"another-format\"",
            "territory.data.format", "format"),
        // open-house rules: a host registered before the hosts' window opened
        Arguments.of(DocumentType.EVENTS, "\"registeredOn\" : \"2024-05-28\"", "\"registeredOn\" : \"2024-04-01\"",
            "events.open-house.host-outside-window", "openHouseWeeks[0].hosts[0].registeredOn"),
        // helpdesk rules: a bassin that does not exist
        Arguments.of(DocumentType.HELPDESK_CASES, "\"bassin\" : \"bassin:SUD_EST\"", "\"bassin\" : \"bassin:NOWHERE\"",
            "events.helpdesk.bassin-unknown", "cases[0].bassin"),
        // schema: a count that is not a number
        Arguments.of(DocumentType.HELPDESK_ACTIVITY_REPORT, "\"caseCount\" : ", "\"caseCount\" : \"many\", \"x\" : ",
            "examples.validate.schema", "caseCount"),
        // schema: an unknown property
        Arguments.of(DocumentType.IMPORT_REPORT, "\"input\" :", "\"colour\" : \"blue\", \"input\" :",
            "examples.validate.schema", "colour"));
  }

  @ParameterizedTest
  @MethodSource("faults")
  void rejectsADocumentWithAFaultAndSaysWhereAndWhat(DocumentType type, String valid, String faulty, String code,
      String path) throws IOException {
    String document = VALID_DOCUMENTS.get(type).get();
    assertThat(document).as("the fixture must contain the text to break").contains(valid);
    Path file = write("faulty.json", document.replaceFirst(java.util.regex.Pattern.quote(valid),
        java.util.regex.Matcher.quoteReplacement(faulty)));

    CliRun run = CliRun.run("validate", file.toString(), "--json");

    assertThat(run.exitCode).as(run.out + run.err).isEqualTo(ExitCodes.INVALID_DATA);
    ValidationReport report = jsonReport(run);
    assertThat(report.isValid()).isFalse();
    assertThat(report.getErrors()).anySatisfy(error -> {
      assertThat(error.getCode()).startsWith(code);
      assertThat(error.getPath()).endsWith(path);
      assertThat(error.getMessage().get(brussels.socialhealth.core.Language.FR)).isNotBlank();
      assertThat(error.getMessage().get(brussels.socialhealth.core.Language.NL)).isNotBlank();
    });
  }

  @Test
  void reportsTheLineAndColumnOfASchemaFaultAndSkipsTheRules() throws IOException {
    String line4 = "    \"id\" : \"x.1\", \"kind\" : \"asbl\", \"names\" : { \"fr\" : \"X\" }, \"nmes\" : { } } ]";
    Path file = write("directory.json", "{\n  \"schemaVersion\" : 1,\n  \"organisations\" : [ {\n" + line4 + "\n}\n");
    int valueColumn = line4.indexOf("{ }") + 1;

    CliRun run = CliRun.run("validate", file.toString());

    assertThat(run.exitCode).isEqualTo(ExitCodes.INVALID_DATA);
    assertThat(run.out)
        .contains("error line 4, column " + valueColumn + ", organisations[0].nmes: does not match the schema "
            + "(additionalProperties)")
        .contains("'nmes'")
        .contains("The model's rules were not checked")
        .contains("(directory): 1 errors, 0 warnings.");
  }

  @Test
  void printsTheReportInDutchAndFrench() throws IOException {
    Path file = write("report.json", "{ \"schemaVersion\" : 1, \"cases\" : [ { \"id\" : 7 } ] }");

    CliRun dutch = CliRun.run("validate", file.toString(), "--lang", "nl");
    CliRun french = CliRun.run("validate", file.toString(), "--lang", "fr");

    assertThat(dutch.out).contains("fout regel 1").contains("voldoet niet aan het schema").contains("fouten");
    assertThat(french.out).contains("erreur ligne 1").contains("ne respecte pas le schéma").contains("erreurs");
  }

  @Test
  void reportsJsonThatIsNotWellFormedWithItsLine() throws IOException {
    Path file = write("broken.json", "{\n  \"cases\" : [ ],\n  \"cases\" : [ ]\n}\n");

    CliRun run = CliRun.run("validate", file.toString(), "--json");

    assertThat(run.exitCode).isEqualTo(ExitCodes.INVALID_DATA);
    Violation error = jsonReport(run).getErrors().get(0);
    assertThat(error.getCode()).isEqualTo("core.json.duplicate-key");
    assertThat(error.getLine()).contains(3L);
  }

  @Test
  void asksForTheTypeWhenItCannotTellAndUsesTheOneGiven() throws IOException {
    Path file = write("odd.json", "{ \"schemaVersion\" : 1 }");

    CliRun guessed = CliRun.run("validate", file.toString());
    CliRun named = CliRun.run("validate", "--type", "events", file.toString());
    CliRun wrong = CliRun.run("validate", "--type", "directory", write("cases.json",
        VALID_DOCUMENTS.get(DocumentType.HELPDESK_CASES).get()).toString(), "--json");

    assertThat(guessed.exitCode).isEqualTo(ExitCodes.INVALID_DATA);
    assertThat(guessed.out).contains("--type").contains(DocumentType.codes());
    assertThat(named.exitCode).as(named.out).isEqualTo(ExitCodes.OK);
    assertThat(named.out).contains("(events): 0 errors");
    assertThat(wrong.exitCode).isEqualTo(ExitCodes.INVALID_DATA);
    assertThat(jsonReport(wrong).getErrors()).extracting(Violation::getPath).contains("cases");
  }

  @Test
  void detectsEachTypeFromItsTopLevelProperties() {
    assertThat(DocumentType.detect(List.of("schemaVersion", "organisations", "services")))
        .contains(DocumentType.DIRECTORY);
    assertThat(DocumentType.detect(List.of("schemaVersion", "cases"))).contains(DocumentType.HELPDESK_CASES);
    assertThat(DocumentType.detect(List.of("bassin", "caseCount", "byMonth")))
        .contains(DocumentType.HELPDESK_ACTIVITY_REPORT);
    assertThat(DocumentType.detect(List.of("schemaVersion"))).isEmpty();
    assertThat(DocumentType.detect(List.of("cases", "concertations"))).isEmpty();
  }

  @Test
  void exitsWith3WhenTheFileCannotBeRead() {
    CliRun run = CliRun.run("validate", dir.resolve("missing.json").toString());

    assertThat(run.exitCode).isEqualTo(ExitCodes.IO);
    assertThat(run.err).contains("missing.json");
  }
}
