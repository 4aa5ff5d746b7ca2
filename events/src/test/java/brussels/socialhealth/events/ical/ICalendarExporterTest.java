package brussels.socialhealth.events.ical;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.events.Concertation;
import brussels.socialhealth.events.Event;
import brussels.socialhealth.events.EventPlace;
import brussels.socialhealth.events.EventStatus;
import brussels.socialhealth.events.ImmutableConcertation;
import brussels.socialhealth.territory.TerritoryRef;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

/** The iCalendar export validates and reads back. */
class ICalendarExporterTest {
  private static final Instant STAMP = Instant.parse("2024-09-01T10:00:00Z");
  private static final ICalendarExporter EXPORTER = ICalendarExporter.of(Language.FR, STAMP);

  private static Concertation concertation(String id, LocalDateTime start, EventStatus status) {
    return ImmutableConcertation.copyOf(Concertation.of(id,
            LocalizedText.of("CT Santé mentale, édition; spéciale \"#1\" avec un titre assez long pour être plié en plusieurs lignes",
                "TO Geestelijke gezondheid #1"),
            TerritoryRef.bassin("SUD_EST"), start, start.plusHours(3), brussels.socialhealth.directory.Theme.MENTAL_HEALTH, 1))
        .withStatus(status)
        .withPlace(EventPlace.online("https://visio.example.org/ct-sante-mentale"));
  }

  private static List<Event> events() {
    return List.of(
        concertation("sud-est.ct-mental-health.1", LocalDateTime.of(2024, 9, 20, 9, 30), EventStatus.HELD),
        concertation("sud-est.ct-mental-health.2", LocalDateTime.of(2024, 12, 12, 14, 0), EventStatus.CANCELLED));
  }

  private static Calendar parse(String text) throws Exception {
    return new CalendarBuilder().build(new StringReader(text));
  }

  @Test
  void exportValidatesWithIcal4jAfterParsingBack() throws Exception {
    Calendar calendar = parse(EXPORTER.export(events()));
    ValidationResult result = calendar.validate();
    assertThat(result.hasErrors()).as(result.toString()).isFalse();
    assertThat(calendar.<VEvent>getComponents("VEVENT")).hasSize(2);
    assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
  }

  @Test
  void eventsKeepTheirIdentityTimesAndStatus() throws Exception {
    Calendar calendar = parse(EXPORTER.export(events()));
    List<VEvent> vevents = calendar.getComponents("VEVENT");
    VEvent first = vevents.get(0);
    assertThat(first.getProperty(Property.UID).orElseThrow().getValue())
        .isEqualTo("sud-est.ct-mental-health.1@socialhealth.brussels");
    assertThat(first.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20240920T093000");
    assertThat(first.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
        .isEqualTo("Europe/Brussels");
    assertThat(first.getProperty(Property.SUMMARY).orElseThrow().getValue()).startsWith("CT Santé mentale, édition; spéciale \"#1\"");
    assertThat(first.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CONFIRMED");
    assertThat(first.getProperty(Property.URL).orElseThrow().getValue()).isEqualTo("https://visio.example.org/ct-sante-mentale");
    assertThat(vevents.get(1).getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
  }

  @Test
  void foldsLongLinesAndEscapesTextAsRfc5545Requires() {
    String text = EXPORTER.export(events());
    assertThat(text).contains("\r\n");
    for (String line : text.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
    String unfolded = text.replace("\r\n ", "");
    assertThat(unfolded).contains("SUMMARY:CT Santé mentale\\, édition\\; spéciale \"#1\"");
    assertThat(unfolded).contains("DESCRIPTION:nl: TO Geestelijke gezondheid #1");
  }

  @Test
  void sameEventsGiveTheSameBytes() {
    assertThat(EXPORTER.export(events())).isEqualTo(ICalendarExporter.of(Language.FR, STAMP).export(events()));
  }

  @Test
  void anEmptyListGivesAValidEmptyCalendar() throws Exception {
    Calendar calendar = parse(EXPORTER.export(List.of()));
    assertThat(calendar.getComponents()).isEmpty();
    assertThat(calendar.getProperty(Property.PRODID).orElseThrow().getValue()).isEqualTo(ICalendarExporter.PRODUCT_ID);
  }
}
