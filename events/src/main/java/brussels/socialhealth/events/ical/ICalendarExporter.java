package brussels.socialhealth.events.ical;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.events.Audience;
import brussels.socialhealth.events.Event;
import brussels.socialhealth.events.EventStatus;
import brussels.socialhealth.events.EventsLimits;
import brussels.socialhealth.events.PlaceKind;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Clazz;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableClazz;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Exports events to iCalendar (RFC 5545) with ical4j.
 *
 * <p>Each event becomes a {@code VEVENT}: {@code UID} = event id + {@code @} + the UID domain,
 * {@code DTSTART}/{@code DTEND} in Europe/Brussels (with its {@code VTIMEZONE}), {@code SUMMARY} = the title
 * in the chosen language, {@code DESCRIPTION} = the title in the other languages, {@code LOCATION} (site
 * id, address or URL), {@code URL} for online events, {@code STATUS} (planned and held =
 * {@code CONFIRMED}, postponed = {@code TENTATIVE}, cancelled = {@code CANCELLED}), {@code CATEGORIES} =
 * kind and themes, {@code CLASS} = {@code PUBLIC} for open events, {@code PRIVATE} for invitation-only
 * ones. {@code DTSTAMP} is the instant given to the exporter, so the same events give the same bytes.
 *
 * <p>Immutable and thread-safe.
 */
public final class ICalendarExporter {
  /** The product identifier written in every calendar. */
  public static final String PRODUCT_ID = "-//Brussels social-health model//events//EN";
  /** The default domain of UIDs. */
  public static final String DEFAULT_UID_DOMAIN = "socialhealth.brussels";

  private static final int MAX_LINE_OCTETS = 75;

  private final Language language;
  private final Instant stamp;
  private final String uidDomain;

  private ICalendarExporter(Language language, Instant stamp, String uidDomain) {
    this.language = Objects.requireNonNull(language, "language");
    this.stamp = Objects.requireNonNull(stamp, "stamp");
    this.uidDomain = Objects.requireNonNull(uidDomain, "uidDomain");
  }

  /**
   * Creates an exporter.
   *
   * @param language the language of summaries; not null
   * @param stamp the {@code DTSTAMP} of every event (when the export was made); not null
   * @return the exporter
   */
  public static ICalendarExporter of(Language language, Instant stamp) {
    return new ICalendarExporter(language, stamp, DEFAULT_UID_DOMAIN);
  }

  /**
   * Returns a copy with another UID domain (the agenda site's own domain, say).
   *
   * @param domain the domain; not null
   * @return the copy
   */
  public ICalendarExporter withUidDomain(String domain) {
    return new ICalendarExporter(language, stamp, domain);
  }

  /**
   * Builds the ical4j calendar of some events, in the order given.
   *
   * @param events the events; not null, may be empty
   * @return a new calendar
   */
  public Calendar toCalendar(Collection<? extends Event> events) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT_ID));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    if (!events.isEmpty()) {
      VTimeZone zone = TimeZoneRegistryFactory.getInstance().createRegistry()
          .getTimeZone(EventsLimits.ZONE.getId()).getVTimeZone();
      calendar.add(zone);
    }
    for (Event event : events) {
      calendar.add(toVEvent(event));
    }
    return calendar;
  }

  /**
   * Writes some events as iCalendar text (CRLF line ends, lines folded at 75 octets).
   *
   * @param events the events; not null, may be empty
   * @return the text, lines folded at 75 octets
   * @throws IllegalStateException if ical4j finds the calendar invalid (a bug of this exporter)
   */
  public String export(Collection<? extends Event> events) {
    StringWriter out = new StringWriter();
    try {
      // ical4j folds at 75 characters; RFC 5545 asks for 75 octets, so ical4j writes unfolded lines
      // and foldLines() folds them by UTF-8 octets without splitting a character.
      new CalendarOutputter(true, Integer.MAX_VALUE).output(toCalendar(events), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ValidationException e) {
      throw new IllegalStateException("invalid iCalendar produced: " + e.getMessage(), e);
    }
    return foldLines(out.toString());
  }

  /**
   * Folds content lines longer than 75 octets (UTF-8) as RFC 5545 section 3.1 says: a CRLF followed by
   * one space, never inside a multi-octet character.
   *
   * @param unfolded text with CRLF line ends
   * @return the folded text
   */
  static String foldLines(String unfolded) {
    StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 40);
    int lineOctets = 0;
    for (int i = 0; i < unfolded.length(); ) {
      int codePoint = unfolded.codePointAt(i);
      int chars = Character.charCount(codePoint);
      if (codePoint == '\r' || codePoint == '\n') {
        folded.appendCodePoint(codePoint);
        lineOctets = 0;
        i += chars;
        continue;
      }
      int octets = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
      if (lineOctets + octets > MAX_LINE_OCTETS) {
        folded.append("\r\n ");
        lineOctets = 1;
      }
      folded.appendCodePoint(codePoint);
      lineOctets += octets;
      i += chars;
    }
    return folded.toString();
  }

  private VEvent toVEvent(Event event) {
    VEvent vevent = new VEvent(false);
    vevent.add(new Uid(event.getId() + "@" + uidDomain));
    vevent.add(new DtStamp(stamp));
    vevent.add(new DtStart<>(event.zonedStart()));
    vevent.add(new DtEnd<>(event.zonedEnd()));
    vevent.add(new Summary(event.getTitle().get(language)));
    String description = describe(event.getTitle());
    if (!description.isEmpty()) {
      vevent.add(new Description(description));
    }
    event.getPlace().ifPresent(place -> {
      vevent.add(new Location(place.describe(language)));
      if (place.getKind() == PlaceKind.ONLINE) {
        vevent.add(new Url(place.getUrl().orElseThrow().toUri()));
      }
    });
    vevent.add(status(event.getStatus()));
    List<String> categories = new ArrayList<>();
    categories.add(event.getKind().code());
    event.getThemes().forEach(theme -> categories.add(theme.getCode()));
    vevent.add(new Categories(new TextList(categories)));
    Clazz clazz = event.getAudience() == Audience.OPEN ? ImmutableClazz.PUBLIC : ImmutableClazz.PRIVATE;
    vevent.add(clazz);
    return vevent;
  }

  private String describe(LocalizedText title) {
    List<String> others = new ArrayList<>();
    for (Language other : Language.values()) {
      if (other != language) {
        title.find(other).ifPresent(text -> others.add(other.code() + ": " + text));
      }
    }
    return String.join("\n", others);
  }

  private static Status status(EventStatus status) {
    switch (status) {
      case CANCELLED:
        return ImmutableStatus.VEVENT_CANCELLED;
      case POSTPONED:
        return ImmutableStatus.VEVENT_TENTATIVE;
      default:
        return ImmutableStatus.VEVENT_CONFIRMED;
    }
  }
}
