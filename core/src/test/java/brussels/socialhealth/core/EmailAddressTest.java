package brussels.socialhealth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EmailAddressTest {

  static Stream<Arguments> validAddresses() {
    return Stream.of(
        Arguments.of("accueil@maison-medicale.example.be", "accueil@maison-medicale.example.be"),
        Arguments.of("Accueil@Example.BE", "Accueil@example.be"),
        Arguments.of("  info@example.brussels ", "info@example.brussels"),
        Arguments.of("mailto:info@example.be", "info@example.be"),
        Arguments.of("MAILTO:info@example.be", "info@example.be"),
        Arguments.of("jean.dupont+cpas@example.be", "jean.dupont+cpas@example.be"),
        Arguments.of("o'brien@example.ie", "o'brien@example.ie"),
        Arguments.of("x@sub.domain.example.co.uk", "x@sub.domain.example.co.uk"),
        Arguments.of("team@xn--bruxelles-sant-ilb.example", "team@xn--bruxelles-sant-ilb.example"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("validAddresses")
  void acceptsPlausibleAddressesAndLowerCasesTheDomain(String input, String canonical) {
    EmailAddress address = EmailAddress.parse(input);
    assertThat(address.toString()).isEqualTo(canonical);
    assertThat(EmailAddress.parse(address.toString())).isEqualTo(address);
  }

  static Stream<String> invalidAddresses() {
    return Stream.of("", "   ", "info", "info@", "@example.be", "info@@example.be", "a@b@example.be",
        "info@example", "info@example.", "info@.example.be", "info@exa_mple.be", "info@-example.be",
        "info@example-.be", "info @example.be", "info@exa mple.be", ".info@example.be", "info.@example.be",
        "in..fo@example.be", "info@example.123", "\"quoted\"@example.be", "info@example.be, autre@example.be",
        "é@example.be", "info@bruxelles-santé.be", "a".repeat(65) + "@example.be",
        "info@" + "a".repeat(64) + ".be");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invalidAddresses")
  void rejectsImplausibleAddresses(String input) {
    assertThatThrownBy(() -> EmailAddress.parse(input))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.getCode()).isEqualTo(CoreCodes.EMAIL_INVALID);
          assertThat(e.getInput()).isEqualTo(input);
        });
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> EmailAddress.parse(null)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void exposesLocalPartAndDomain() {
    EmailAddress address = EmailAddress.parse("Accueil@Example.BE");
    assertThat(address.getLocalPart()).isEqualTo("Accueil");
    assertThat(address.getDomain()).isEqualTo("example.be");
  }

  @Test
  void isEqualIgnoringTheCaseOfTheDomainOnly() {
    new EqualsTester()
        .addEqualityGroup(EmailAddress.parse("info@example.be"), EmailAddress.parse("info@EXAMPLE.be"),
            EmailAddress.parse("mailto:info@example.be"))
        .addEqualityGroup(EmailAddress.parse("Info@example.be"))
        .addEqualityGroup(EmailAddress.parse("info@example.brussels"))
        .testEquals();
  }

  @Test
  void writesIdenticalGoldenJsonUnderBothJacksonLines() {
    GoldenJson.assertGolden(getClass(), "email-address", EmailAddress.parse("accueil@maison-medicale.example.be"),
        EmailAddress.class);
  }
}
