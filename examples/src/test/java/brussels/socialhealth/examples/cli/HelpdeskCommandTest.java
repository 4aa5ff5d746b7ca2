package brussels.socialhealth.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.events.HelpdeskActivityReport;
import brussels.socialhealth.events.HelpdeskCasesDocument;
import brussels.socialhealth.examples.json.ExampleJson;
import brussels.socialhealth.examples.sample.SampleHelpdesk;
import brussels.socialhealth.territory.TerritoryRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelpdeskCommandTest {

  @Test
  void reportsTheSampleYearOfABassinAsJson() {
    CliRun run = CliRun.run("helpdesk", "report", "--bassin", "SUD_EST", "--from", "2024-01-01", "--to", "2024-12-31");
    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    HelpdeskActivityReport report = ExampleJson.read(run.out, HelpdeskActivityReport.class);
    assertThat(report).isEqualTo(HelpdeskActivityReport.of(TerritoryRef.bassin("SUD_EST"), LocalDate.of(2024, 1, 1),
        LocalDate.of(2024, 12, 31), SampleHelpdesk.year2024()));
    assertThat(report.getByMonth()).hasSize(12);
  }

  @Test
  void reportsAsCsv() {
    CliRun run = CliRun.run("helpdesk", "report", "--bassin", "bassin:SUD", "--from", "2024-03-01", "--to",
        "2024-03-31", "--format", "csv");
    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    assertThat(run.out).startsWith("section,key,detail,value\n"
        + "report,bassin,,bassin:SUD\n"
        + "report,period-start,,2024-03-01\n"
        + "report,period-end,,2024-03-31\n")
        .contains("month,2024-03,,");
  }

  @Test
  void reportsCasesReadFromAFileAndSaysWhereItWroteInFrench(@TempDir Path dir) throws Exception {
    Path cases = dir.resolve("cases.json");
    Path output = dir.resolve("report.json");
    CliRun sample = CliRun.run("helpdesk", "sample", "--count", "40", "--seed", "7", "--output", cases.toString());
    assertThat(sample.exitCode).isEqualTo(ExitCodes.OK);
    assertThat(sample.out).isEqualTo("40 fictional helpdesk cases written to " + cases + ".\n");
    HelpdeskCasesDocument document = ExampleJson.read(Files.readString(cases), HelpdeskCasesDocument.class);
    int expected = HelpdeskActivityReport.of(TerritoryRef.bassin("SUD_EST"), LocalDate.of(2024, 1, 1),
        LocalDate.of(2024, 12, 31), document.getCases()).getCaseCount();

    CliRun run = CliRun.run("helpdesk", "report", "--lang", "fr", "--bassin", "SUD_EST", "--from", "2024-01-01",
        "--to", "2024-12-31", "--input", cases.toString(), "--output", output.toString());
    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    assertThat(run.out).isEqualTo("Rapport d'activité de bassin:SUD_EST du 2024-01-01 au 2024-12-31 : " + expected
        + " demandes, écrit dans " + output + ".\n");
    assertThat(ExampleJson.read(Files.readString(output), HelpdeskActivityReport.class).getCaseCount())
        .isEqualTo(expected);
  }

  @Test
  void aPeriodEndingBeforeItStartsIsRefusedWithItsCode() {
    CliRun run = CliRun.run("helpdesk", "report", "--bassin", "SUD_EST", "--from", "2024-12-31", "--to", "2024-01-01");
    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("events.report.period-reversed");
  }

  @Test
  void theBassinIsRequired() {
    CliRun run = CliRun.run("helpdesk", "report", "--from", "2024-01-01", "--to", "2024-12-31");
    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("--bassin");
  }
}
