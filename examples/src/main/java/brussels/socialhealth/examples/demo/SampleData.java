package brussels.socialhealth.examples.demo;

import brussels.socialhealth.core.EnterpriseNumber;
import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.OpeningHours;
import brussels.socialhealth.core.Period;
import brussels.socialhealth.core.PhoneNumber;
import brussels.socialhealth.core.PostalAddress;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The fictional values used by {@code socialhealth demo} and by the benchmarks. The organisations,
 * addresses and numbers are invented (the phone notations are the ones Brussels organisations publish);
 * none is a real person's contact.
 *
 * <p>Constants only; not instantiable.
 */
public final class SampleData {
  private SampleData() {}

  /** The time zone of the Region. */
  public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  /** The demo's default reference moment: Tuesday 10 March 2026, 10:30 in Brussels. */
  public static final ZonedDateTime REFERENCE_MOMENT = ZonedDateTime.of(2026, 3, 10, 10, 30, 0, 0, BRUSSELS);

  /** Phone numbers in the notations found on Brussels organisations' leaflets and web sites. */
  public static final List<String> PHONE_NOTATIONS = List.of(
      "02/555.01.23", "(02) 511 22 33", "+32 2 511 22 33", "32 2 511 22 33", "0032 2 511 22 33",
      "0470 12 34 56");

  /** Phone texts the model refuses: too short for the Brussels numbering plan, and letters. */
  public static final List<String> BAD_PHONE_NOTATIONS = List.of("02/555.01", "0800 AIDE");

  /** One enterprise number in the notations partner files use. */
  public static final List<String> ENTERPRISE_NOTATIONS = List.of(
      "0123.456.749", "BE0123456749", "BE 0123 456 749", "123456749");

  /** Enterprise-number texts the model refuses: wrong check digits, and an establishment unit number. */
  public static final List<String> BAD_ENTERPRISE_NOTATIONS = List.of("0123.456.748", "2.123.456.789");

  /** Opening hours as a service publishes them. */
  public static final String OPENING_HOURS_TEXT = "Mo,Tu,We,Th,Fr 13:30-17:00,09:00-12:30; Sa 09:00-12:00; PH off";

  /** Opening hours written the way people do, which the syntax refuses. */
  public static final String BAD_OPENING_HOURS_TEXT = "Mo-Fr 9h-17h";

  /** A fictional community health centre, named in French and Dutch. */
  public static final LocalizedText HEALTH_CENTRE_NAME =
      LocalizedText.of("Maison médicale des Tilleuls", "Wijkgezondheidscentrum De Linden");

  /** A fictional home-help service, named in French and English only: it lacks its Dutch name. */
  public static final LocalizedText HOME_HELP_NAME = LocalizedText.builder()
      .putValue(Language.FR, "Aide à domicile Les Marronniers")
      .putValue(Language.EN, "Les Marronniers home help")
      .build();

  /** The fictional health centre's address, in a bilingual street of Forest / Vorst. */
  public static final PostalAddress HEALTH_CENTRE_ADDRESS = PostalAddress.builder()
      .street(LocalizedText.of("Rue des Tilleuls", "Lindenstraat"))
      .houseNumber("12")
      .box("2")
      .postalCode("1190")
      .municipality(LocalizedText.of("Forest", "Vorst"))
      .build();

  /** A service whose data is complete. */
  public static final SampleService HEALTH_CENTRE = SampleService.builder()
      .name(HEALTH_CENTRE_NAME)
      .enterpriseNumber(EnterpriseNumber.parse("0123.456.749"))
      .addPhones(PhoneNumber.parse("(02) 511 22 33"), PhoneNumber.parse("0470 12 34 56"))
      .address(HEALTH_CENTRE_ADDRESS)
      .openingHours(OpeningHours.parse(OPENING_HOURS_TEXT))
      .validity(Period.parse("2024-01-01/2026-12-31"))
      .build();

  /** A service whose official name lacks Dutch: the validator reports it. */
  public static final SampleService HOME_HELP = SampleService.of(HOME_HELP_NAME);
}
