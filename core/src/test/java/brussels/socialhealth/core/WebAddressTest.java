package brussels.socialhealth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.net.URI;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WebAddressTest {

  static Stream<Arguments> validAddresses() {
    return Stream.of(
        Arguments.of("https://www.example.be", "https://www.example.be"),
        Arguments.of("https://www.example.be/", "https://www.example.be/"),
        Arguments.of("http://example.brussels/fr/contact", "http://example.brussels/fr/contact"),
        Arguments.of("HTTPS://WWW.Example.BE/Fr/Contact?Lang=FR#Horaires",
            "https://www.example.be/Fr/Contact?Lang=FR#Horaires"),
        Arguments.of("https://www.example.be:8443/agenda", "https://www.example.be:8443/agenda"),
        Arguments.of("https://www.example.be/agenda?q=sant%C3%A9", "https://www.example.be/agenda?q=sant%C3%A9"),
        Arguments.of("  https://www.example.be  ", "https://www.example.be"),
        Arguments.of("www.example.be", "https://www.example.be"),
        Arguments.of("www.example.be/fr", "https://www.example.be/fr"),
        Arguments.of("example.be", "https://example.be"),
        Arguments.of("example.be:8080/x", "https://example.be:8080/x"),
        Arguments.of("example.be:8080", "https://example.be:8080"),
        Arguments.of("www.example.be/agenda/page:2", "https://www.example.be/agenda/page:2"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("validAddresses")
  void acceptsHttpAndHttpsAddressesAndAddsHttpsWhenTheSchemeIsMissing(String input, String canonical) {
    WebAddress address = WebAddress.parse(input);
    assertThat(address.toString()).isEqualTo(canonical);
    assertThat(address.toUri()).isEqualTo(URI.create(canonical));
    assertThat(WebAddress.parse(address.toString())).isEqualTo(address);
  }

  static Stream<Arguments> invalidAddresses() {
    return Stream.of(
        Arguments.of("ftp://files.example.be", CoreCodes.WEB_ADDRESS_SCHEME),
        Arguments.of("mailto:info@example.be", CoreCodes.WEB_ADDRESS_SCHEME),
        Arguments.of("javascript:alert(1)", CoreCodes.WEB_ADDRESS_SCHEME),
        Arguments.of("file:///etc/passwd", CoreCodes.WEB_ADDRESS_SCHEME),
        Arguments.of("tel:+3225121212", CoreCodes.WEB_ADDRESS_SCHEME),
        Arguments.of("", CoreCodes.WEB_ADDRESS_INVALID),
        Arguments.of("   ", CoreCodes.WEB_ADDRESS_INVALID),
        Arguments.of("https://", CoreCodes.WEB_ADDRESS_INVALID),
        Arguments.of("https:///path", CoreCodes.WEB_ADDRESS_INVALID),
        Arguments.of("https://www.exa mple.be", CoreCodes.WEB_ADDRESS_INVALID),
        Arguments.of("www.example.be/a b", CoreCodes.WEB_ADDRESS_INVALID),
        Arguments.of("https://user:secret@www.example.be", CoreCodes.WEB_ADDRESS_INVALID),
        Arguments.of("https://under_score.example.be", CoreCodes.WEB_ADDRESS_INVALID));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invalidAddresses")
  void rejectsWhatIsNotAnAbsoluteHttpAddress(String input, String code) {
    assertThatThrownBy(() -> WebAddress.parse(input))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.getCode()).isEqualTo(code);
          assertThat(e.getInput()).isEqualTo(input);
        });
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> WebAddress.parse(null)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void tellsHostAndWhetherSecure() {
    assertThat(WebAddress.parse("HTTP://WWW.Example.be/x").getHost()).isEqualTo("www.example.be");
    assertThat(WebAddress.parse("http://example.be").isSecure()).isFalse();
    assertThat(WebAddress.parse("example.be").isSecure()).isTrue();
  }

  @Test
  void isEqualWhenTheCanonicalFormsAreEqual() {
    new EqualsTester()
        .addEqualityGroup(WebAddress.parse("www.example.be"), WebAddress.parse("HTTPS://WWW.EXAMPLE.BE"))
        .addEqualityGroup(WebAddress.parse("http://www.example.be"))
        .addEqualityGroup(WebAddress.parse("https://www.example.be/"))
        .addEqualityGroup(WebAddress.parse("https://www.example.be/Fr"))
        .addEqualityGroup(WebAddress.parse("https://www.example.be/fr"))
        .testEquals();
  }

  @Test
  void writesIdenticalGoldenJsonUnderBothJacksonLines() {
    GoldenJson.assertGolden(getClass(), "web-address", WebAddress.parse("https://www.example.be/fr/contact"),
        WebAddress.class);
  }
}
