package brussels.socialhealth.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.events.EventsDocument;
import brussels.socialhealth.events.OpenHouseWeek;
import brussels.socialhealth.events.VisitorRegistration;
import brussels.socialhealth.events.Visitor;
import brussels.socialhealth.examples.json.ExampleJson;
import brussels.socialhealth.examples.sample.SampleEvents;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventsCommandTest {

  @Test
  void exportsTheSampleEventsToAValidCalendar() throws Exception {
    CliRun run = CliRun.run("events", "ics", "--stamp", "2024-09-01T00:00:00Z");
    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    assertThat(run.err).isEmpty();
    // CliRun turns CRLF into LF; RFC 5545 calendars use CRLF, as written by the command
    Calendar calendar = new CalendarBuilder().build(new StringReader(run.out.replace("\n", "\r\n")));
    assertThat(calendar.validate().hasErrors()).isFalse();
    assertThat(calendar.getComponents("VEVENT")).hasSize(SampleEvents.document().allEvents().size());
    assertThat(run.out).contains("UID:sud-est.ct-mental-health.1@socialhealth.brussels")
        .contains("SUMMARY:Concertation thématique Santé mentale #1");
  }

  @Test
  void filtersByBassinAndPeriodAndWritesSummariesInDutch(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sud-est.ics");
    CliRun run = CliRun.run("events", "ics", "--bassin", "SUD_EST", "--from", "2024-09-01", "--to", "2024-12-31",
        "--lang", "nl", "--stamp", "2024-09-01T00:00:00Z", "--output", file.toString());
    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    // CT prevention 12/09, CT mental health 20/09, RV prevention 14/11, open-house week 02/12
    assertThat(run.out).isEqualTo("4 activiteiten geschreven naar " + file + ".\n");
    String ics = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(ics).contains("SUMMARY:Thematisch overleg Geestelijke gezondheid #1")
        .doesNotContain("sud.gt-mental-health");
  }

  @Test
  void givesTheSameCalendarForTheSameStamp() {
    assertThat(CliRun.run("events", "ics", "--stamp", "2024-09-01T00:00:00Z").out)
        .isEqualTo(CliRun.run("events", "ics", "--stamp", "2024-09-01T00:00:00Z").out);
  }

  @Test
  void checkFindsTheSampleValid() {
    CliRun run = CliRun.run("events", "check", "--lang", "fr");
    assertThat(run.exitCode).isEqualTo(ExitCodes.OK);
    assertThat(run.out).isEqualTo("Chaque semaine portes ouvertes respecte ses règles (2 vérifiée(s)).\n");
  }

  @Test
  void checkReportsABrokenRuleWithExitCodeOne(@TempDir Path dir) throws Exception {
    EventsDocument sample = SampleEvents.document();
    OpenHouseWeek week = sample.getOpenHouseWeeks().get(1);
    OpenHouseWeek late = OpenHouseWeek.builder().from(week).addRegistration(VisitorRegistration.of(
        Visitor.professional("pro.tard"), "slot.saules.1", LocalDate.of(2024, 11, 15))).build();
    Path file = dir.resolve("events.json");
    Files.writeString(file, ExampleJson.pretty(EventsDocument.builder().addOpenHouseWeek(late).build()));
    CliRun run = CliRun.run("events", "check", "--input", file.toString(), "--lang", "en");
    assertThat(run.exitCode).isEqualTo(ExitCodes.INVALID_DATA);
    assertThat(run.out).isEqualTo("Open-house week sud.open-house.2024: 1 error(s).\n"
        + "   error events.open-house.visitor-outside-window at \"registrations[2].registeredOn\": "
        + "The visitor registered on 2024-11-15, outside the visitor window (2024-09-09 to 2024-11-08).\n");
  }

  @Test
  void aFileThatIsNotAnEventsDocumentIsReportedWithExitCodeOne(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"schemaVersion\":1,\"meetings\":[]}");
    CliRun run = CliRun.run("events", "ics", "--input", file.toString());
    assertThat(run.exitCode).isEqualTo(ExitCodes.INVALID_DATA);
    assertThat(run.err).startsWith("The file " + file + " is not a valid document: ").contains("meetings");
  }

  @Test
  void rejectsABassinThatIsNotABassin() {
    CliRun run = CliRun.run("events", "ics", "--bassin", "commune:21005");
    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void withoutSubCommandPrintsTheUsage() {
    CliRun run = CliRun.run("events");
    assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err).contains("ics").contains("check");
  }
}
