package brussels.socialhealth.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.directory.Directory;
import brussels.socialhealth.events.Event;
import brussels.socialhealth.events.EventKind;
import brussels.socialhealth.events.EventPlace;
import brussels.socialhealth.events.OpenHouseHost;
import brussels.socialhealth.events.EventsDocument;
import brussels.socialhealth.events.OpenHouseRules;
import brussels.socialhealth.events.OpenHouseWeek;
import brussels.socialhealth.events.ical.ICalendarExporter;
import brussels.socialhealth.examples.json.ExampleJson;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Test;

class SampleEventsTest {

  @Test
  void theJsonResourceHoldsExactlyTheSampleDocument() throws Exception {
    String json = ExampleJson.pretty(SampleEvents.document()) + "\n";
    if (Boolean.getBoolean("sample.write")) {
      Files.writeString(Path.of("src/main/resources" + SampleEvents.RESOURCE), json, StandardCharsets.UTF_8);
    }
    assertThat(SampleEvents.load()).isEqualTo(SampleEvents.document());
  }

  @Test
  void holdsEveryKindOfEvent() {
    EventsDocument document = SampleEvents.document();
    assertThat(document.allEvents()).extracting(event -> event.getKind()).contains(EventKind.values());
    assertThat(document.getConcertations().get(0).getRecord()).isPresent();
    OpenHouseWeek week = document.getOpenHouseWeeks().get(0);
    assertThat(week.getEditionName().get(Language.FR)).isEqualTo("Le Grand Bain");
    assertThat(week.getEditionName().get(Language.NL)).isEqualTo("Het Grote Bad");
    assertThat(week.getHosts()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(week.getRegistrations()).hasSizeGreaterThanOrEqualTo(10);
  }

  @Test
  void everyOpenHouseWeekKeepsItsRules() {
    for (OpenHouseWeek week : SampleEvents.document().getOpenHouseWeeks()) {
      assertThat(OpenHouseRules.check(week).getViolations()).as(week.getId()).isEmpty();
    }
  }

  @Test
  void theSudEstEventsReferToTheSampleDirectory() {
    Directory directory = SampleDirectory.load();
    List<String> ids = new ArrayList<>();
    EventsDocument document = SampleEvents.document();
    for (Event event : document.allEvents()) {
      if (event.getBassins().contains(SampleDirectory.BASSIN)) {
        event.getOrganiserId().ifPresent(ids::add);
        event.getPlace().flatMap(EventPlace::getSiteId).ifPresent(ids::add);
      }
    }
    for (OpenHouseWeek week : document.getOpenHouseWeeks()) {
      if (week.getBassins().contains(SampleDirectory.BASSIN)) {
        for (OpenHouseHost host : week.getHosts()) {
          ids.add(host.getServiceId());
          host.getOrganisationId().ifPresent(ids::add);
          host.getSiteId().ifPresent(ids::add);
        }
        week.getRegistrations().forEach(r -> r.getVisitor().getProfessionalId().ifPresent(ids::add));
      }
    }
    document.getConcertations().forEach(c -> c.getRecord().ifPresent(
        record -> record.getFollowUpActions().forEach(action -> ids.addAll(action.getOwnerIds()))));
    assertThat(ids).hasSizeGreaterThan(20);
    assertThat(ids).allSatisfy(id -> assertThat(directory.find(id)).as(id).isPresent());
  }

  @Test
  void exportsToAValidCalendar() throws Exception {
    EventsDocument document = SampleEvents.document();
    String ics = ICalendarExporter.of(Language.NL, Instant.parse("2024-09-01T00:00:00Z")).export(document.allEvents());
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    assertThat(calendar.validate().hasErrors()).isFalse();
    assertThat(calendar.getComponents("VEVENT")).hasSize(document.allEvents().size());
  }
}
