package brussels.socialhealth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Phone numbers as Brussels organisations publish them. The numbers are fictional but follow the
 * Belgian numbering plan (Brussels landlines 02 + 7 digits, mobiles 04[5-9] + 7 digits, 0800 free
 * numbers, 070/078 shared-cost numbers); expected forms are written by hand.
 */
class PhoneNumberTest {

  static Stream<Arguments> validNumbers() {
    return Stream.of(
        // input, E.164, national, international, mobile
        Arguments.of("02/555.01.23", "+3225550123", "02 555 01 23", "+32 2 555 01 23", false),
        Arguments.of("02.555.01.23", "+3225550123", "02 555 01 23", "+32 2 555 01 23", false),
        Arguments.of("02-555-01-23", "+3225550123", "02 555 01 23", "+32 2 555 01 23", false),
        Arguments.of("+32 2 555 04 56", "+3225550456", "02 555 04 56", "+32 2 555 04 56", false),
        Arguments.of("32 2 555 04 56", "+3225550456", "02 555 04 56", "+32 2 555 04 56", false),
        Arguments.of("0032 2 555 04 56", "+3225550456", "02 555 04 56", "+32 2 555 04 56", false),
        Arguments.of("+32 (0)2 555 04 56", "+3225550456", "02 555 04 56", "+32 2 555 04 56", false),
        Arguments.of("(02) 512 12 12", "+3225121212", "02 512 12 12", "+32 2 512 12 12", false),
        Arguments.of("  02 512 12 12  ", "+3225121212", "02 512 12 12", "+32 2 512 12 12", false),
        Arguments.of("+3225121212", "+3225121212", "02 512 12 12", "+32 2 512 12 12", false),
        Arguments.of("0470 12 34 56", "+32470123456", "0470 12 34 56", "+32 470 12 34 56", true),
        Arguments.of("0487/12.34.56", "+32487123456", "0487 12 34 56", "+32 487 12 34 56", true),
        Arguments.of("+32 470 12 34 56", "+32470123456", "0470 12 34 56", "+32 470 12 34 56", true),
        Arguments.of("0800 12 345", "+3280012345", "0800 12 345", "+32 800 12 345", false),
        Arguments.of("+32 800 12 345", "+3280012345", "0800 12 345", "+32 800 12 345", false),
        Arguments.of("070 22 22 22", "+3270222222", "070 22 22 22", "+32 70 22 22 22", false),
        Arguments.of("078 15 15 15", "+3278151515", "078 15 15 15", "+32 78 15 15 15", false),
        Arguments.of("011 22 33 44", "+3211223344", "011 22 33 44", "+32 11 22 33 44", false),
        Arguments.of("+33 1 42 68 53 00", "+33142685300", "01 42 68 53 00", "+33 1 42 68 53 00", false),
        Arguments.of("0033 1 42 68 53 00", "+33142685300", "01 42 68 53 00", "+33 1 42 68 53 00", false),
        Arguments.of("+352 26 12 34 56", "+35226123456", "26 12 34 56", "+352 26 12 34 56", false),
        Arguments.of("+44 20 7946 0958", "+442079460958", "020 7946 0958", "+44 20 7946 0958", false));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("validNumbers")
  void parsesPublishedNotationsIntoE164(
      String input, String e164, String national, String international, boolean mobile) {
    PhoneNumber number = PhoneNumber.parse(input);
    SoftAssertions softly = new SoftAssertions();
    softly.assertThat(number.toString()).isEqualTo(e164);
    softly.assertThat(number.toE164()).isEqualTo(e164);
    softly.assertThat(number.toNational()).isEqualTo(national);
    softly.assertThat(number.toInternational()).isEqualTo(international);
    softly.assertThat(number.isMobile()).isEqualTo(mobile);
    softly.assertThat(PhoneNumber.parse(number.toString())).isEqualTo(number);
    softly.assertAll();
  }

  static Stream<Arguments> invalidNumbers() {
    return Stream.of(
        Arguments.of("", CoreCodes.PHONE_UNPARSEABLE),
        Arguments.of("   ", CoreCodes.PHONE_UNPARSEABLE),
        Arguments.of("pas de téléphone", CoreCodes.PHONE_UNPARSEABLE),
        Arguments.of("0800 FLOWERS", CoreCodes.PHONE_UNPARSEABLE),
        Arguments.of("02 555 01 23 ext 12", CoreCodes.PHONE_UNPARSEABLE),
        Arguments.of("02 555 01 23 ou 02 555 01 24", CoreCodes.PHONE_UNPARSEABLE),
        Arguments.of("+999 123 456", CoreCodes.PHONE_UNPARSEABLE),
        Arguments.of("---", CoreCodes.PHONE_UNPARSEABLE),
        Arguments.of("02 12 34", CoreCodes.PHONE_INVALID),
        Arguments.of("+32 2 88", CoreCodes.PHONE_INVALID),
        Arguments.of("+32 2 123 45 67 8", CoreCodes.PHONE_INVALID),
        Arguments.of("0470 12 34", CoreCodes.PHONE_INVALID),
        Arguments.of("112", CoreCodes.PHONE_INVALID),
        Arguments.of("+33 1 42 68", CoreCodes.PHONE_INVALID),
        // a free number one digit short
        Arguments.of("0800 12 34", CoreCodes.PHONE_INVALID),
        // the right digits under the wrong country code
        Arguments.of("+33 2 555 01 23", CoreCodes.PHONE_INVALID),
        Arguments.of("+32 1 42 68 53 00", CoreCodes.PHONE_INVALID));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("invalidNumbers")
  void rejectsWhatIsNotAValidNumber(String input, String code) {
    assertThatThrownBy(() -> PhoneNumber.parse(input))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.getCode()).isEqualTo(code);
          assertThat(e.getInput()).isEqualTo(input);
        });
  }

  @Test
  void rejectsNullAsUnparseable() {
    assertThatThrownBy(() -> PhoneNumber.parse(null))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.getCode()).isEqualTo(CoreCodes.PHONE_UNPARSEABLE));
  }

  @Test
  void readsNumbersWithoutCountryCodeInTheGivenRegion() {
    assertThat(PhoneNumber.parse("01 42 68 53 00", "FR").toString()).isEqualTo("+33142685300");
    assertThat(PhoneNumber.parse("+32 2 512 12 12", "FR").toString()).isEqualTo("+3225121212");
  }

  @Test
  void tellsCountryAndRegion() {
    PhoneNumber number = PhoneNumber.parse("+33 1 42 68 53 00");
    assertThat(number.getCountryCode()).isEqualTo(33);
    assertThat(number.getRegion()).isEqualTo("FR");
  }

  @Test
  void givesATelUriForLinks() {
    assertThat(PhoneNumber.parse("02/555.01.23").toTelUri()).isEqualTo("tel:+32-2-555-01-23");
  }

  @Test
  void carriesATrilingualMessage() {
    InvalidValueException e = org.junit.jupiter.api.Assertions.assertThrows(
        InvalidValueException.class, () -> PhoneNumber.parse("02 12 34"));
    assertThat(e.getLocalizedMessages().get(Language.FR)).contains("02 12 34").contains("téléphone");
    assertThat(e.getLocalizedMessages().get(Language.NL)).contains("02 12 34").contains("telefoonnummer");
    assertThat(e.getLocalizedMessages().get(Language.EN)).contains("02 12 34").contains("phone number");
  }

  @Test
  void isEqualWhenTheE164FormsAreEqual() {
    new EqualsTester()
        .addEqualityGroup(
            PhoneNumber.parse("02/555.01.23"), PhoneNumber.parse("+32 2 555 01 23"),
            PhoneNumber.parse("0032 2 555 01 23"))
        .addEqualityGroup(PhoneNumber.parse("0470 12 34 56"), PhoneNumber.parse("+32470123456"))
        .addEqualityGroup(PhoneNumber.parse("+33 1 42 68 53 00"))
        .testEquals();
  }

  @Test
  void writesIdenticalGoldenJsonUnderBothJacksonLines() {
    GoldenJson.assertGolden(getClass(), "phone-number", PhoneNumber.parse("02/555.01.23"), PhoneNumber.class);
  }
}
