package brussels.socialhealth.directory.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import brussels.socialhealth.core.CoreCodes;
import brussels.socialhealth.core.Extensions;
import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.json.SocialHealthJson;
import brussels.socialhealth.core.validation.Severity;
import brussels.socialhealth.core.validation.Violation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class ImporterTest {
  static final Charset CP1252 = Charset.forName("windows-1252");
  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  static final String CSV = String.join("\r\n",
      "N°;Nom / Naam;Téléphone;Type;CP;Remarque;Interne",
      "A1;Maison médicale Les Étangs / Medisch Huis De Vijvers;02/512.34.56 - 0470 12 34 56;Maison médicale;1050;;x",
      "A2;CPAS d'Ixelles;02 641 55 11;CPAS;1050;\"Ouvert le lundi;\nfermé le mardi\";x",
      "A3;Café Social / Sociaal Café;02 xx;ASBL;1000;;x",
      "A4;Le Relais / Het Relais;02 555 66 77;ASBL;9999;;x",
      "A5;;02 555 66 78;ASBL;1000;;x",
      "A6;Trop;de;champs;1000;;x;y",
      "");

  static final String MAPPING = String.join("\n",
      "mapping: 1",
      "source: ixelles-social-map",
      "target: contact",
      "input:",
      "  format: csv",
      "  encoding: ENCODING",
      "  separator: \";\"",
      "id: N°",
      "fields:",
      "  name:",
      "    column: Nom / Naam",
      "    split: \" / \"",
      "    languages: [fr, nl]",
      "  phones:",
      "    column: Téléphone",
      "    separators: [\" - \"]",
      "  kind:",
      "    column: Type",
      "    values:",
      "      Maison médicale: medical-house",
      "      CPAS: public-service",
      "      ASBL: association",
      "  postalCode: CP",
      "ignore: [Interne]",
      "");

  static Importer<Map<String, Object>> importer(String encoding) {
    return Importer.of(MappingReader.read(MAPPING.replace("ENCODING", encoding), "ixelles.yaml"),
        TestTargets.contact());
  }

  static byte[] bytes(String text, Charset charset, boolean bom) {
    byte[] body = text.getBytes(charset);
    if (!bom) {
      return body;
    }
    byte[] all = new byte[BOM.length + body.length];
    System.arraycopy(BOM, 0, all, 0, BOM.length);
    System.arraycopy(body, 0, all, BOM.length, body.length);
    return all;
  }

  static Stream<Arguments> encodings() {
    return Stream.of(
        Arguments.of("utf-8", StandardCharsets.UTF_8, false, "UTF-8", List.of()),
        Arguments.of("utf-8", StandardCharsets.UTF_8, true, "UTF-8", List.of()),
        Arguments.of("auto", StandardCharsets.UTF_8, true, "UTF-8", List.of()),
        Arguments.of("auto", StandardCharsets.UTF_8, false, "UTF-8", List.of()),
        Arguments.of("windows-1252", CP1252, false, "windows-1252", List.of()),
        Arguments.of("auto", CP1252, false, "windows-1252", List.of(ExchangeCodes.ENCODING_DETECTED)));
  }

  @ParameterizedTest(name = "declared {0}, written {1}, bom {2}")
  @MethodSource("encodings")
  void readsUtf8WithOrWithoutBomAndWindows1252(String declared, Charset written, boolean bom, String used,
      List<String> notes) throws IOException {
    Importer.ListSink<Map<String, Object>> sink = Importer.toList();

    ImportReport report = importer(declared).run(ImportInput.of("in.csv", bytes(CSV, written, bom)), sink);

    assertThat(report.getEncoding()).isEqualTo(used);
    assertThat(report.getNotes()).extracting(Violation::getCode).containsExactlyElementsOf(notes);
    Map<String, Object> first = sink.items().get(0).value();
    assertThat(first.get("name")).isEqualTo(
        LocalizedText.of("Maison médicale Les Étangs", "Medisch Huis De Vijvers"));
    assertThat(first.get("id")).isEqualTo("A1");
  }

  @Test
  void warnsOnDetectedWindows1252AtTheFirstLineThatIsNotUtf8() throws IOException {
    ImportReport report = importer("auto").run(ImportInput.of("in.csv", bytes(CSV, CP1252, false)),
        Importer.toList());

    assertThat(report.getNotes()).singleElement().satisfies(note -> {
      assertThat(note.getSeverity()).isEqualTo(Severity.WARNING);
      assertThat(note.getLine()).contains(1L);
      assertThat(note.getValue()).contains("windows-1252");
    });
  }

  @Test
  void refusesBytesThatAreNotTheDeclaredUtf8BeforeReadingAnyRecord() {
    ImportInputException error = catchThrowableOfType(ImportInputException.class,
        () -> importer("utf-8").run(ImportInput.of("in.csv", bytes(CSV, CP1252, false)), Importer.toList()));

    assertThat(error.getViolation().getCode()).isEqualTo(ExchangeCodes.ENCODING_INVALID);
    assertThat(error.getViolation().getLine()).contains(1L);
  }

  @Test
  void accountsForEveryRecordWithLineColumnCodeAndValue() throws IOException {
    Importer.ListSink<Map<String, Object>> sink = Importer.toList();

    ImportReport report = importer("utf-8").run(ImportInput.of("in.csv", bytes(CSV, StandardCharsets.UTF_8, false)),
        sink);

    assertThat(report.getRead()).isEqualTo(6);
    assertThat(report.getAccepted()).isEqualTo(2);
    assertThat(report.getAcceptedWithWarnings()).isEqualTo(1);
    assertThat(report.getRejected()).isEqualTo(3);
    assertThat(report.getRead()).isEqualTo(
        report.getAccepted() + report.getAcceptedWithWarnings() + report.getRejected());
    assertThat(sink.items()).hasSize(3);
    // the quoted multi-line record (A2) spans lines 3-4, so A3 starts on line 5
    assertThat(report.getRecords()).extracting(RecordOutcome::getLine).containsExactly(5L, 6L, 7L, 8L);
    RecordOutcome badPhone = report.getRecords().get(0);
    assertThat(badPhone.getId()).contains("A3");
    assertThat(badPhone.getStatus()).isEqualTo(RecordStatus.ACCEPTED_WITH_WARNINGS);
    assertThat(badPhone.getViolations()).singleElement().satisfies(v -> {
      assertThat(v.getCode()).isEqualTo(CoreCodes.CONSTRAINT_PATTERN);
      assertThat(v.getSeverity()).isEqualTo(Severity.WARNING);
      assertThat(v.getLine()).contains(5L);
      assertThat(v.getColumn()).contains("Téléphone");
      assertThat(v.getValue()).contains("02 xx");
      assertThat(v.getPath()).isEqualTo("phones");
      for (Language language : new Language[] {Language.FR, Language.NL, Language.EN}) {
        assertThat(v.getMessage().find(language)).isPresent();
      }
    });
    assertThat(report.getRecords().get(1).getStatus()).isEqualTo(RecordStatus.REJECTED);
    assertThat(report.getRecords().get(1).getViolations()).extracting(Violation::getCode)
        .containsExactly(CoreCodes.CONSTRAINT_PATTERN);
    assertThat(report.getRecords().get(2).getViolations()).extracting(Violation::getCode)
        .containsExactly(ExchangeCodes.FIELD_MISSING);
    assertThat(report.getRecords().get(3).getViolations()).extracting(Violation::getCode)
        .containsExactly(ExchangeCodes.CSV_FIELD_COUNT);
    assertThat(report.getCodes()).containsEntry(CoreCodes.CONSTRAINT_PATTERN, 2L)
        .containsEntry(ExchangeCodes.FIELD_MISSING, 1L)
        .containsEntry(ExchangeCodes.CSV_FIELD_COUNT, 1L);
  }

  @Test
  void splitsPhonesAndBilingualNamesAndTranslatesCategories() throws IOException {
    Importer.ListSink<Map<String, Object>> sink = Importer.toList();

    importer("utf-8").run(ImportInput.of("in.csv", bytes(CSV, StandardCharsets.UTF_8, false)), sink);

    Map<String, Object> first = sink.items().get(0).value();
    assertThat(first.get("phones")).isEqualTo(List.of("025123456", "0470123456"));
    assertThat(first.get("kind")).isEqualTo("medical-house");
    Map<String, Object> second = sink.items().get(1).value();
    assertThat(second.get("name")).isEqualTo(LocalizedText.of(Language.FR, "CPAS d'Ixelles"));
    assertThat(second.get("kind")).isEqualTo("public-service");
  }

  @Test
  void keepsUnusedColumnsAndDroppedValuesAsExtensionsNamespacedBySource() throws IOException {
    Importer.ListSink<Map<String, Object>> sink = Importer.toList();

    importer("utf-8").run(ImportInput.of("in.csv", bytes(CSV, StandardCharsets.UTF_8, false)), sink);

    assertThat(sink.items().get(0).record().getExtensions()).isEmpty();
    assertThat(sink.items().get(1).value().get("extensions")).isEqualTo(
        Extensions.of("ixelles-social-map", "Remarque", "Ouvert le lundi;\nfermé le mardi"));
    assertThat(sink.items().get(2).record().getExtensions()).containsExactly(Map.entry("Téléphone", "02 xx"));
  }

  @Test
  void extensionsSurviveAJsonRoundTrip() throws IOException {
    Importer.ListSink<Map<String, Object>> sink = Importer.toList();
    importer("utf-8").run(ImportInput.of("in.csv", bytes(CSV, StandardCharsets.UTF_8, false)), sink);
    Extensions extensions = sink.items().get(2).record().toExtensions();

    String json = SocialHealthJson.strictMapper().writeValueAsString(sink.items().get(2).value());
    Extensions back = SocialHealthJson.strictMapper().readValue(
        SocialHealthJson.strictMapper().readTree(json).get("extensions").toString(), Extensions.class);

    assertThat(json).contains("\"extensions\":{\"ixelles-social-map\":{\"Téléphone\":\"02 xx\"}}");
    assertThat(back).isEqualTo(extensions);
    assertThat(back.get("ixelles-social-map", "Téléphone")).contains("02 xx");
    assertThat(sink.items().get(2).record().toExternalRef().map(Object::toString)).contains("ixelles-social-map:A3");
  }

  @Test
  void writesRejectedRecordsToARejectsFileInTheInputsOwnFormatReadyToReimport() throws IOException {
    ByteArrayOutputStream rejects = new ByteArrayOutputStream();
    byte[] input = bytes(CSV, CP1252, false);

    ImportReport report = importer("windows-1252").run(ImportInput.of("in.csv", input), Importer.toList(), rejects,
        ImportListener.NONE);

    byte[] written = rejects.toByteArray();
    String text = new String(written, CP1252);
    assertThat(text).startsWith("N°;Nom / Naam;Téléphone;Type;CP;Remarque;Interne\r\n");
    assertThat(text.lines().count()).isEqualTo(1 + report.getRejected());
    assertThat(text).contains("A4;Le Relais / Het Relais;02 555 66 77;ASBL;9999;;x\r\n");
    ImportReport again = importer("windows-1252").run(ImportInput.of("rejects.csv", written), Importer.toList());
    assertThat(again.getRead()).isEqualTo(report.getRejected());
    assertThat(again.getRejected()).isEqualTo(report.getRejected());
    assertThat(again.getEncoding()).isEqualTo("windows-1252");
  }

  @Test
  void keepsTheByteOrderMarkInTheRejectsFileWhenTheInputHadOne() throws IOException {
    ByteArrayOutputStream rejects = new ByteArrayOutputStream();

    importer("auto").run(ImportInput.of("in.csv", bytes(CSV, StandardCharsets.UTF_8, true)), Importer.toList(),
        rejects, ImportListener.NONE);

    byte[] written = rejects.toByteArray();
    assertThat(new byte[] {written[0], written[1], written[2]}).isEqualTo(BOM);
  }

  @Test
  void detectsTheSeparatorWhenNotDeclaredAndSaysSo() throws IOException {
    String mapping = MAPPING.replace("ENCODING", "utf-8").replace("  separator: \";\"\n", "");
    String commas = CSV.replace(";", ",").replace("\"Ouvert le lundi,\nfermé le mardi\"", "ouvert");

    ImportReport report = Importer.of(MappingReader.read(mapping, "m.yaml"), TestTargets.contact())
        .run(ImportInput.of("in.csv", commas.getBytes(StandardCharsets.UTF_8)), Importer.toList());

    assertThat(report.getSeparator()).contains(",");
    assertThat(report.getNotes()).extracting(Violation::getCode).contains(ExchangeCodes.CSV_SEPARATOR_DETECTED);
    assertThat(report.getRead()).isEqualTo(6);
  }

  @Test
  void rejectsInvalidValuesWhenTheMappingSaysSo() throws IOException {
    String mapping = MAPPING.replace("ENCODING", "utf-8").replace("    separators: [\" - \"]",
        "    separators: [\" - \"]\n    on-invalid: reject");

    ImportReport report = Importer.of(MappingReader.read(mapping, "m.yaml"), TestTargets.contact())
        .run(ImportInput.of("in.csv", CSV.getBytes(StandardCharsets.UTF_8)), Importer.toList());

    assertThat(report.getRecords().get(0).getStatus()).isEqualTo(RecordStatus.REJECTED);
    assertThat(report.getAcceptedWithWarnings()).isZero();
  }

  @Test
  void warnsAboutPartnerCategoriesMissingFromTheValueMap() throws IOException {
    String csv = "N°;Nom / Naam;Téléphone;Type;CP;Remarque;Interne\n1;A / B;;Fédération;1000;;\n";

    Importer.ListSink<Map<String, Object>> sink = Importer.toList();
    ImportReport report = importer("utf-8").run(ImportInput.of("in.csv", csv.getBytes(StandardCharsets.UTF_8)),
        sink);

    assertThat(report.getRecords()).singleElement().satisfies(r -> assertThat(r.getViolations())
        .extracting(Violation::getCode).containsExactly(ExchangeCodes.VALUE_UNMAPPED));
    assertThat(sink.items().get(0).record().getExtensions()).containsEntry("Type", "Fédération");
  }

  @Test
  void leavesConfidentialValuesOutOfTheReport() throws IOException {
    GenericTarget target = GenericTarget.of("contact", List.of(
        TargetField.builder("name", TargetField.Shape.LOCALIZED).required().build(),
        TargetField.builder("note", TargetField.Shape.SINGLE).confidential()
            .parser(s -> {
              throw new brussels.socialhealth.core.InvalidValueException(CoreCodes.CONSTRAINT_PATTERN, s);
            }).build()));
    Mapping mapping = MappingReader.read("mapping: 1\nsource: s\ntarget: contact\ninput: {format: csv}\n"
        + "fields:\n  name: {column: n, languages: [fr]}\n  note: c\n", "m.yaml");

    ImportReport report = Importer.of(mapping, target).run(
        ImportInput.of("in.csv", "n;c\nX;Madame Dupont a appelé\n".getBytes(StandardCharsets.UTF_8)),
        Importer.toList());

    Violation violation = report.getRecords().get(0).getViolations().get(0);
    assertThat(violation.getValue()).isEmpty();
    assertThat(violation.getMessage().get(Language.EN)).isNotBlank();
  }

  static final String JSON_MAPPING = String.join("\n",
      "mapping: 1",
      "source: federation-members",
      "target: contact",
      "input: {format: FORMAT}",
      "id: ref",
      "fields:",
      "  name:",
      "    columns: {fr: name.fr, nl: name.nl}",
      "  phones: contact.phones",
      "  kind: {column: kind, default: other}",
      "  postalCode: address.postcode",
      "");

  @Test
  void readsJsonArraysFlatteningObjectsAndArraysWithTheLineOfEachRecord() throws IOException {
    String json = "[\n"
        + "  {\"ref\": \"F1\", \"name\": {\"fr\": \"Entraide\", \"nl\": \"Onderlinge Hulp\"},\n"
        + "   \"contact\": {\"phones\": [\"02 111 22 33\", \"bad\"]}, \"address\": {\"postcode\": 1060},\n"
        + "   \"since\": 1999, \"tags\": [\"a\", \"b\"]},\n"
        + "  {\"ref\": \"F2\", \"name\": {\"fr\": \"Sans code\"}, \"address\": {\"postcode\": \"12345\"}},\n"
        + "  \"not an object\"\n"
        + "]\n";
    Importer.ListSink<Map<String, Object>> sink = Importer.toList();
    ByteArrayOutputStream rejects = new ByteArrayOutputStream();
    Importer<Map<String, Object>> importer = Importer.of(
        MappingReader.read(JSON_MAPPING.replace("FORMAT", "json"), "fed.yaml"), TestTargets.contact());

    ImportReport report = importer.run(ImportInput.of("fed.json", json.getBytes(StandardCharsets.UTF_8)), sink,
        rejects, ImportListener.NONE);

    assertThat(report.getRead()).isEqualTo(3);
    assertThat(report.getAcceptedWithWarnings()).isEqualTo(1);
    assertThat(report.getRejected()).isEqualTo(2);
    Map<String, Object> first = sink.items().get(0).value();
    assertThat(first.get("phones")).isEqualTo(List.of("021112233"));
    assertThat(first.get("postalCode")).isEqualTo("1060");
    assertThat(first.get("kind")).isEqualTo("other");
    assertThat(sink.items().get(0).record().getExtensions()).containsExactly(
        Map.entry("since", "1999"), Map.entry("tags[0]", "a"), Map.entry("tags[1]", "b"),
        Map.entry("contact.phones[1]", "bad"));
    assertThat(report.getRecords()).extracting(RecordOutcome::getLine).containsExactly(2L, 5L, 6L);
    assertThat(report.getRecords().get(0).getViolations().get(0).getColumn()).contains("contact.phones[1]");
    assertThat(report.getRecords().get(2).getViolations()).extracting(Violation::getCode)
        .containsExactly(ExchangeCodes.JSON_NOT_OBJECT);
    JsonNode rejected = SocialHealthJson.strictMapper().readTree(rejects.toString(StandardCharsets.UTF_8));
    assertThat(rejected.size()).isEqualTo(2);
    assertThat(rejected.get(0).get("ref").stringValue()).isEqualTo("F2");
    assertThat(rejected.get(1).stringValue()).isEqualTo("not an object");
  }

  @Test
  void readsJsonLinesRejectingBrokenLinesAndGoingOn() throws IOException {
    String jsonl = "{\"ref\": \"L1\", \"name\": {\"fr\": \"Un\", \"nl\": \"Een\"}}\n"
        + "\n"
        + "{\"ref\": \"L2\", \"name\": {\"fr\": \"Deux\"\n"
        + "{\"ref\": \"L3\", \"name\": {\"fr\": \"Trois\", \"nl\": \"Drie\"}}\n";
    ByteArrayOutputStream rejects = new ByteArrayOutputStream();
    Importer<Map<String, Object>> importer = Importer.of(
        MappingReader.read(JSON_MAPPING.replace("FORMAT", "jsonl"), "fed.yaml"), TestTargets.contact());

    ImportReport report = importer.run(ImportInput.of("fed.jsonl", jsonl.getBytes(StandardCharsets.UTF_8)),
        Importer.toList(), rejects, ImportListener.NONE);

    assertThat(report.getRead()).isEqualTo(3);
    assertThat(report.getAccepted()).isEqualTo(2);
    assertThat(report.getRecords()).singleElement().satisfies(r -> {
      assertThat(r.getLine()).isEqualTo(3);
      assertThat(r.getViolations()).extracting(Violation::getCode).containsExactly(ExchangeCodes.JSON_SYNTAX);
    });
    assertThat(rejects.toString(StandardCharsets.UTF_8)).isEqualTo("{\"ref\": \"L2\", \"name\": {\"fr\": \"Deux\"\n");
  }

  @Test
  void stopsAtABrokenJsonArrayWithCountsThatStillAddUp() throws IOException {
    String json = "[{\"ref\": \"F1\", \"name\": {\"fr\": \"Un\", \"nl\": \"Een\"}},\n {\"ref\": \"F2\",, }]";
    Importer<Map<String, Object>> importer = Importer.of(
        MappingReader.read(JSON_MAPPING.replace("FORMAT", "json"), "fed.yaml"), TestTargets.contact());

    ImportReport report = importer.run(ImportInput.of("fed.json", json.getBytes(StandardCharsets.UTF_8)),
        Importer.toList());

    assertThat(report.isComplete()).isFalse();
    assertThat(report.getRead()).isEqualTo(1);
    assertThat(report.getAccepted()).isEqualTo(1);
    assertThat(report.getNotes()).singleElement().satisfies(n -> {
      assertThat(n.getCode()).isEqualTo(ExchangeCodes.JSON_SYNTAX);
      assertThat(n.getLine()).contains(2L);
    });
  }

  @Test
  void refusesAJsonInputThatIsNotAnArray() {
    Importer<Map<String, Object>> importer = Importer.of(
        MappingReader.read(JSON_MAPPING.replace("FORMAT", "json"), "fed.yaml"), TestTargets.contact());

    ImportInputException error = catchThrowableOfType(ImportInputException.class, () -> importer.run(
        ImportInput.of("fed.json", "{\"ref\": 1}".getBytes(StandardCharsets.UTF_8)), Importer.toList()));

    assertThat(error.getViolation().getCode()).isEqualTo(ExchangeCodes.JSON_NOT_ARRAY);
  }

  @Test
  void refusesAnEmptyCsvInput() {
    ImportInputException error = catchThrowableOfType(ImportInputException.class,
        () -> importer("utf-8").run(ImportInput.of("in.csv", new byte[0]), Importer.toList()));

    assertThat(error.getViolation().getCode()).isEqualTo(ExchangeCodes.INPUT_EMPTY);
  }

  @Test
  void reportRoundTripsThroughJsonAndReadsAsText() throws IOException {
    ImportReport report = importer("utf-8").run(ImportInput.of("in.csv", bytes(CSV, StandardCharsets.UTF_8, false)),
        Importer.toList());

    String json = SocialHealthJson.strictMapper().writeValueAsString(report);
    ImportReport back = SocialHealthJson.strictMapper().readValue(json, ImportReport.class);

    assertThat(back).isEqualTo(report);
    assertThat(json).startsWith("{\"schemaVersion\":1,\"input\":\"in.csv\",\"mapping\":\"ixelles.yaml\"");
    String text = report.toText(Language.FR);
    assertThat(text).contains("Enregistrements lus : 6 ; acceptés : 2 ; acceptés avec avertissements : 1 ; rejetés : 3.");
    assertThat(text).contains("ligne 5, colonne Téléphone");
    assertThat(report.toText(Language.NL)).contains("Gelezen records: 6");
  }

  @Test
  void detailsProblemRecordsUpToTheLimitAndCountsTheRest() throws IOException {
    ImportReport report = importer("utf-8").withRecordLimit(1)
        .run(ImportInput.of("in.csv", bytes(CSV, StandardCharsets.UTF_8, false)), Importer.toList());

    assertThat(report.getRecords()).hasSize(1);
    assertThat(report.getOmittedRecords()).isEqualTo(3);
    assertThat(report.getCodes().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(4);
  }

  @Test
  void tellsTheListenerAboutEveryRecord() throws IOException {
    List<Long> seen = new ArrayList<>();

    importer("utf-8").run(ImportInput.of("in.csv", bytes(CSV, StandardCharsets.UTF_8, false)), Importer.toList(),
        null, (read, status) -> seen.add(read));

    assertThat(seen).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
  }

  @Test
  void refusesAReportWhoseCountsDoNotAddUp() {
    assertThat(catchThrowableOfType(brussels.socialhealth.core.InvalidValueException.class, () ->
        ImportReport.builder().input("i").mapping("m").source("s").target("t").format(InputFormat.CSV)
            .encoding("UTF-8").read(3).accepted(1).acceptedWithWarnings(1).rejected(0).build()).getCode())
        .isEqualTo(ExchangeCodes.REPORT_COUNTS);
    assertThat(Optional.of(ImportReport.builder().input("i").mapping("m").source("s").target("t")
        .format(InputFormat.CSV).encoding("UTF-8").read(2).accepted(1).acceptedWithWarnings(1).rejected(0).build()
        .isClean())).contains(false);
  }
}
