package brussels.socialhealth.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.directory.exchange.ImportReport;
import brussels.socialhealth.directory.exchange.json.ExchangeJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  static final String PARTNERS = "/brussels/socialhealth/examples/partners/";

  @TempDir
  Path dir;

  Path copy(String name) throws IOException {
    Path target = dir.resolve(name);
    try (InputStream in = ImportCommandTest.class.getResourceAsStream(PARTNERS + name)) {
      Files.copy(in, target);
    }
    return target;
  }

  CliRun runImport(String mapping, String input, String... extra) throws IOException {
    List<String> args = new java.util.ArrayList<>(List.of("import", "--mapping", copy(mapping).toString(),
        copy(input).toString(), "--out", dir.resolve("out.json").toString(),
        "--report", dir.resolve("report.json").toString(), "--rejects", dir.resolve("rejects").toString()));
    args.addAll(List.of(extra));
    return CliRun.run(args.toArray(String[]::new));
  }

  @Test
  void importsTheWindows1252CsvExportReportingEveryRecordAndExitsWith2ForRejectedRecords() throws IOException {
    CliRun run = runImport("ixelles-social-map.yaml", "ixelles-social-map.csv", "--lang", "fr");

    assertThat(run.exitCode).as(run.out + run.err).isEqualTo(ImportCommand.REJECTED);
    ImportReport report = ExchangeJson.readReport(Files.readString(dir.resolve("report.json")));
    assertThat(report.getRead()).isEqualTo(8);
    assertThat(report.getAccepted() + report.getAcceptedWithWarnings() + report.getRejected()).isEqualTo(8);
    assertThat(report.getRejected()).isGreaterThan(0);
    assertThat(report.getEncoding()).isEqualTo("windows-1252");
    assertThat(report.getCodes()).containsKeys("core.enterprise-number.check-digits", "core.phone.unparseable",
        "territory.answer.postal-code-unknown", "core.text.official-languages");
    // IX-006 repeats IX-001: the organisation is merged by enterprise number, its site by address
    assertThat(report.getMerges()).extracting(m -> m.getRule())
        .containsExactly("enterprise-number", "name-and-address");
    assertThat(report.getMerges()).allSatisfy(m -> assertThat(m.getMerged().getId()).contains("IX-006"));
    assertThat(run.out).contains("Enregistrements lus : 8");
    String rejects = new String(Files.readAllBytes(dir.resolve("rejects")), Charset.forName("windows-1252"));
    assertThat(rejects).startsWith("N° fiche;Nom / Naam;Catégorie;");
    assertThat(rejects.lines().count() - 1).isEqualTo(report.getRejected());
    assertThat(Files.readString(dir.resolve("out.json"))).startsWith("{\n  \"schemaVersion\" : 1,\n  \"organisations\"");
  }

  @Test
  void printsNoProgressBarWhenTheErrorOutputIsNotATerminal() throws IOException {
    CliRun run = runImport("ixelles-social-map.yaml", "ixelles-social-map.csv");

    assertThat(run.err).isEmpty();
    assertThat(run.out).doesNotContain("\r", "[#", "records read");
  }

  @Test
  void importsTheJsonExport() throws IOException {
    CliRun run = runImport("federation-members.yaml", "federation-members.json");

    ImportReport report = ExchangeJson.readReport(Files.readString(dir.resolve("report.json")));
    assertThat(report.getRead()).isEqualTo(6);
    assertThat(report.getAccepted() + report.getAcceptedWithWarnings() + report.getRejected()).isEqualTo(6);
    assertThat(run.exitCode).isEqualTo(report.getRejected() > 0 ? ImportCommand.REJECTED : ImportCommand.CLEAN);
    assertThat(run.out).contains("Records read: 6");
  }

  @Test
  void importsBothSamplePartnersForTheDemoMergingDuplicatesAcrossFiles() throws IOException {
    java.io.StringWriter text = new java.io.StringWriter();

    brussels.socialhealth.directory.Directory directory = ImportCommand.importSamplePartners(
        new java.io.PrintWriter(text), brussels.socialhealth.core.Language.NL);

    assertThat(text.toString()).contains("Import van ixelles-social-map.csv").contains("Import van federation-members.json")
        .contains("Organisatie samengevoegd volgens regel enterprise-number: federation-members.json:")
        .contains("Vestiging samengevoegd volgens regel name-and-address: ixelles-social-map.csv:8 [IX-006]");
    assertThat(directory.getOrganisations()).extracting(o -> o.getId()).doesNotHaveDuplicates()
        .contains("ixelles-social-map:ix-001").doesNotContain("federation-members:fed-40");
  }

  @Test
  void exitsWith1OnWarningsOnlyWhenAskedTo() throws IOException {
    Path mapping = copy("federation-members.yaml");
    Path input = dir.resolve("one.json");
    Files.writeString(input, "[{\"memberId\": \"M1\", \"name\": {\"fr\": \"Seulement en français\"},"
        + " \"type\": \"association\"}]", StandardCharsets.UTF_8);
    String[] base = {"import", "--mapping", mapping.toString(), input.toString(), "--out",
        dir.resolve("o.jsonl").toString(), "--report", dir.resolve("r.json").toString()};

    CliRun lenient = CliRun.run(base);
    List<String> strict = new java.util.ArrayList<>(List.of(base));
    strict.addAll(List.of("--fail-on", "warning"));
    CliRun failing = CliRun.run(strict.toArray(String[]::new));

    assertThat(lenient.exitCode).as(lenient.out + lenient.err).isEqualTo(ImportCommand.CLEAN);
    assertThat(failing.exitCode).isEqualTo(ImportCommand.WARNINGS);
    assertThat(Files.readString(dir.resolve("o.jsonl")).lines()).hasSize(1);
  }

  @Test
  void exitsWith3AndNamesTheLineOfAMappingMistake() throws IOException {
    Path mapping = dir.resolve("bad.yaml");
    Files.writeString(mapping, "mapping: 1\nsource: x\ntarget: organisation\ninput: {format: csv}\n"
        + "fields:\n  names: {column: Nom, languages: [fr]}\n  kind: Type\n  phone: Tel\n", StandardCharsets.UTF_8);
    Path input = dir.resolve("in.csv");
    Files.writeString(input, "Nom;Type;Tel\nA;asbl;02 512 34 56\n", StandardCharsets.UTF_8);

    CliRun run = CliRun.run("import", "--mapping", mapping.toString(), input.toString(), "--out",
        dir.resolve("o.json").toString(), "--report", dir.resolve("r.json").toString(), "--lang", "nl");

    assertThat(run.exitCode).isEqualTo(ImportCommand.UNUSABLE);
    assertThat(run.err).contains("bad.yaml, regel 8, kolom 3").contains("directory.exchange.mapping.unknown-field");
    assertThat(dir.resolve("r.json")).doesNotExist();
  }

  @Test
  void validatesTheDirectoryDocumentAnImportWrote() throws IOException {
    runImport("ixelles-social-map.yaml", "ixelles-social-map.csv");
    Path broken = dir.resolve("broken-directory.json");
    Files.writeString(broken, "{\"schemaVersion\": 1,\n \"organisations\": [{\"id\": \"x\", \"nmes\": {}}]}",
        StandardCharsets.UTF_8);

    CliRun valid = CliRun.run("validate", dir.resolve("out.json").toString(), "--lang", "fr");
    CliRun invalid = CliRun.run("validate", broken.toString());

    assertThat(valid.exitCode).as(valid.out + valid.err).isEqualTo(ExitCodes.OK);
    assertThat(valid.out).contains("0 erreurs");
    assertThat(invalid.exitCode).isEqualTo(ExitCodes.INVALID_DATA);
    assertThat(invalid.out).contains("line 2").contains("organisations[0].nmes").contains("(directory): 3 errors");
  }

  @Test
  void exitsWith3ForAnInputThatIsNotUsable() throws IOException {
    Path mapping = copy("federation-members.yaml");
    Path input = dir.resolve("broken.json");
    Files.writeString(input, "{\"not\": \"an array\"}", StandardCharsets.UTF_8);

    CliRun run = CliRun.run("import", "--mapping", mapping.toString(), input.toString(), "--out",
        dir.resolve("o.json").toString(), "--report", dir.resolve("r.json").toString());

    assertThat(run.exitCode).isEqualTo(ImportCommand.UNUSABLE);
    assertThat(run.err).contains("directory.exchange.json.not-array");
  }
}
