package brussels.socialhealth.examples.demo;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The fictional values used by {@code socialhealth demo} and by the benchmarks. Every organisation and
 * name here is invented; none is a real person's or organisation's contact.
 *
 * <p>Constants only; not instantiable.
 */
public final class SampleData {
  private SampleData() {}

  /** The time zone of the Region. */
  public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  /** The demo's default reference moment: Tuesday 10 March 2026, 10:30 in Brussels. */
  public static final ZonedDateTime REFERENCE_MOMENT = ZonedDateTime.of(2026, 3, 10, 10, 30, 0, 0, BRUSSELS);

  /** A fictional community health centre, named in French and Dutch. */
  public static final LocalizedText HEALTH_CENTRE_NAME =
      LocalizedText.of("Maison médicale des Tilleuls", "Wijkgezondheidscentrum De Linden");

  /** A fictional home-help service, named in French and English only: it lacks its Dutch name. */
  public static final LocalizedText HOME_HELP_NAME = LocalizedText.builder()
      .putValue(Language.FR, "Aide à domicile Les Marronniers")
      .putValue(Language.EN, "Les Marronniers home help")
      .build();

  /** A service whose official name is complete. */
  public static final SampleService HEALTH_CENTRE = SampleService.of(HEALTH_CENTRE_NAME);

  /** A service whose official name lacks Dutch: the validator reports it. */
  public static final SampleService HOME_HELP = SampleService.of(HOME_HELP_NAME);
}
