package brussels.socialhealth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Belgian enterprise numbers. Valid examples were computed by hand from the rule
 * check = 97 - (first eight digits mod 97): 01234567 mod 97 = 48, check 49; 02022399 mod 97 = 46,
 * check 51; 04123456 mod 97 = 83, check 14; 08765432 mod 97 = 27, check 70; 10000000 mod 97 = 76,
 * check 21; 19876543 mod 97 = 79, check 18; 00000097 mod 97 = 0, check 97.
 */
class EnterpriseNumberTest {

  static Stream<Arguments> validNumbers() {
    return Stream.of(
        // input, canonical, VAT form
        Arguments.of("0123.456.749", "0123.456.749", "BE0123456749"),
        Arguments.of("0123456749", "0123.456.749", "BE0123456749"),
        Arguments.of("BE0123456749", "0123.456.749", "BE0123456749"),
        Arguments.of("BE 0123 456 749", "0123.456.749", "BE0123456749"),
        Arguments.of("be0123-456-749", "0123.456.749", "BE0123456749"),
        Arguments.of("BE 0123.456.749", "0123.456.749", "BE0123456749"),
        Arguments.of(" 0123 456 749 ", "0123.456.749", "BE0123456749"),
        Arguments.of("123456749", "0123.456.749", "BE0123456749"),
        Arguments.of("123.456.749", "0123.456.749", "BE0123456749"),
        Arguments.of("0202.239.951", "0202.239.951", "BE0202239951"),
        Arguments.of("202239951", "0202.239.951", "BE0202239951"),
        Arguments.of("0412.345.614", "0412.345.614", "BE0412345614"),
        Arguments.of("0876/543.270", "0876.543.270", "BE0876543270"),
        Arguments.of("1000.000.021", "1000.000.021", "BE1000000021"),
        Arguments.of("BE1987654318", "1987.654.318", "BE1987654318"),
        Arguments.of("0000.009.797", "0000.009.797", "BE0000009797"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("validNumbers")
  void acceptsUsualNotationsAndPrintsOneCanonicalForm(String input, String canonical, String vat) {
    EnterpriseNumber number = EnterpriseNumber.parse(input);
    assertThat(number.toString()).isEqualTo(canonical);
    assertThat(number.toVatNumber()).isEqualTo(vat);
    assertThat(number.getDigits()).isEqualTo(vat.substring(2));
    assertThat(EnterpriseNumber.parse(number.toString())).isEqualTo(number);
    assertThat(EnterpriseNumber.isValid(input)).isTrue();
  }

  static Stream<Arguments> invalidNumbers() {
    return Stream.of(
        // wrong check digits
        Arguments.of("0123.456.748", CoreCodes.ENTERPRISE_NUMBER_CHECK_DIGITS),
        Arguments.of("0123.456.794", CoreCodes.ENTERPRISE_NUMBER_CHECK_DIGITS),
        Arguments.of("BE0202239915", CoreCodes.ENTERPRISE_NUMBER_CHECK_DIGITS),
        Arguments.of("0000.009.700", CoreCodes.ENTERPRISE_NUMBER_CHECK_DIGITS),
        Arguments.of("123456748", CoreCodes.ENTERPRISE_NUMBER_CHECK_DIGITS),
        // wrong length
        Arguments.of("0123.456.7", CoreCodes.ENTERPRISE_NUMBER_LENGTH),
        Arguments.of("12345", CoreCodes.ENTERPRISE_NUMBER_LENGTH),
        Arguments.of("01234567490", CoreCodes.ENTERPRISE_NUMBER_LENGTH),
        Arguments.of("BE", CoreCodes.ENTERPRISE_NUMBER_FORMAT),
        // establishment unit numbers (first digit 2 to 8) and a 9
        Arguments.of("2.123.456.749", CoreCodes.ENTERPRISE_NUMBER_FIRST_DIGIT),
        Arguments.of("2012345678", CoreCodes.ENTERPRISE_NUMBER_FIRST_DIGIT),
        Arguments.of("8.765.432.109", CoreCodes.ENTERPRISE_NUMBER_FIRST_DIGIT),
        Arguments.of("9123456789", CoreCodes.ENTERPRISE_NUMBER_FIRST_DIGIT),
        // not digits
        Arguments.of("", CoreCodes.ENTERPRISE_NUMBER_FORMAT),
        Arguments.of("0123.456.7A9", CoreCodes.ENTERPRISE_NUMBER_FORMAT),
        Arguments.of("NL0123456749", CoreCodes.ENTERPRISE_NUMBER_FORMAT),
        Arguments.of("n° 0123.456.749", CoreCodes.ENTERPRISE_NUMBER_FORMAT));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("invalidNumbers")
  void rejectsInvalidNumbersWithADistinctCode(String input, String code) {
    assertThatThrownBy(() -> EnterpriseNumber.parse(input))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.getCode()).isEqualTo(code);
          assertThat(e.getInput()).isEqualTo(input);
        });
    assertThat(EnterpriseNumber.isValid(input)).isFalse();
  }

  @Test
  void rejectsEnterpriseNumberWithWrongCheckDigitsAndTellsTheExpectedOnes() {
    assertThatThrownBy(() -> EnterpriseNumber.parse("0123.456.748"))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.getLocalizedMessages().get(Language.EN)).contains("expected 49"));
  }

  @Test
  void explainsThatEstablishmentUnitNumbersAreNotEnterpriseNumbers() {
    assertThatThrownBy(() -> EnterpriseNumber.parse("2.123.456.749"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.getLocalizedMessages().get(Language.FR)).contains("unité d'établissement");
          assertThat(e.getLocalizedMessages().get(Language.NL)).contains("vestigingseenheid");
          assertThat(e.getLocalizedMessages().get(Language.EN)).contains("establishment unit");
        });
  }

  @Test
  void rejectsNull() {
    assertThat(EnterpriseNumber.isValid(null)).isFalse();
  }

  @Test
  void ordersByDigits() {
    assertThat(EnterpriseNumber.parse("0412.345.614")).isLessThan(EnterpriseNumber.parse("1000.000.021"));
  }

  @Test
  void isEqualWhenTheDigitsAreEqual() {
    new EqualsTester()
        .addEqualityGroup(EnterpriseNumber.parse("0123.456.749"), EnterpriseNumber.parse("BE 0123 456 749"),
            EnterpriseNumber.parse("123456749"))
        .addEqualityGroup(EnterpriseNumber.parse("0202.239.951"))
        .testEquals();
  }

  @Test
  void writesIdenticalGoldenJsonUnderBothJacksonLines() {
    GoldenJson.assertGolden(getClass(), "enterprise-number", EnterpriseNumber.parse("BE0123456749"),
        EnterpriseNumber.class);
  }
}
