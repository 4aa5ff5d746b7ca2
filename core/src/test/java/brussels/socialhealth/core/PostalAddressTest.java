package brussels.socialhealth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PostalAddressTest {
  private static final LocalizedText STREET = LocalizedText.of("Rue de l'Exemple", "Voorbeeldstraat");
  private static final LocalizedText FOREST = LocalizedText.of("Forest", "Vorst");

  static PostalAddress sample() {
    return PostalAddress.builder()
        .street(STREET)
        .houseNumber("16A")
        .box("3")
        .postalCode("1190")
        .municipality(FOREST)
        .build();
  }

  @Test
  void defaultsToBelgium() {
    PostalAddress address = PostalAddress.of(STREET, "16", "1190", FOREST);
    assertThat(address.getCountry()).isEqualTo("BE");
    assertThat(address.isBelgian()).isTrue();
    assertThat(address.getBox()).isEmpty();
  }

  @Test
  void keepsStreetAndMunicipalityInBothLanguages() {
    PostalAddress address = sample();
    assertThat(address.getStreet().get(Language.NL)).isEqualTo("Voorbeeldstraat");
    assertThat(address.getMunicipality().get(Language.FR)).isEqualTo("Forest");
    assertThat(address.getBox()).contains("3");
  }

  @Test
  void acceptsForeignPostalCodes() {
    PostalAddress address = PostalAddress.builder().street(LocalizedText.of(Language.FR, "Rue d'Exemple"))
        .houseNumber("2").postalCode("59000").municipality(LocalizedText.of(Language.FR, "Lille"))
        .country("FR").build();
    assertThat(address.isBelgian()).isFalse();
    assertThat(address.getPostalCode()).isEqualTo("59000");
  }

  static Stream<Arguments> invalidAddresses() {
    return Stream.of(
        Arguments.of("12345", "16", "3", "BE", CoreCodes.POSTAL_ADDRESS_POSTAL_CODE),
        Arguments.of("119", "16", "3", "BE", CoreCodes.POSTAL_ADDRESS_POSTAL_CODE),
        Arguments.of("0190", "16", "3", "BE", CoreCodes.POSTAL_ADDRESS_POSTAL_CODE),
        Arguments.of("B-1190", "16", "3", "BE", CoreCodes.POSTAL_ADDRESS_POSTAL_CODE),
        Arguments.of("1190", " ", "3", "BE", CoreCodes.POSTAL_ADDRESS_BLANK),
        Arguments.of("1190", "16", "", "BE", CoreCodes.POSTAL_ADDRESS_BLANK),
        Arguments.of(" ", "16", "3", "FR", CoreCodes.POSTAL_ADDRESS_BLANK),
        Arguments.of("1190", "16", "3", "be", CoreCodes.POSTAL_ADDRESS_COUNTRY),
        Arguments.of("1190", "16", "3", "BEL", CoreCodes.POSTAL_ADDRESS_COUNTRY),
        Arguments.of("1190", "16", "3", "XX", CoreCodes.POSTAL_ADDRESS_COUNTRY));
  }

  @ParameterizedTest(name = "{0} {1} bte {2} {3} -> {4}")
  @MethodSource("invalidAddresses")
  void rejectsAddressesThatCannotExist(
      String postalCode, String houseNumber, String box, String country, String code) {
    assertThatThrownBy(() -> PostalAddress.builder().street(STREET).houseNumber(houseNumber).box(box)
            .postalCode(postalCode).municipality(FOREST).country(country).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getCode()).isEqualTo(code));
  }

  @Test
  void isEqualWhenAllPartsAreEqual() {
    new EqualsTester()
        .addEqualityGroup(sample(), PostalAddress.builder().from(sample()).build())
        .addEqualityGroup(PostalAddress.builder().from(sample()).box("4").build())
        .addEqualityGroup(PostalAddress.of(STREET, "16A", "1190", FOREST))
        .addEqualityGroup(PostalAddress.builder().from(sample()).street(LocalizedText.of(Language.FR,
            "Rue de l'Exemple")).build())
        .testEquals();
  }

  @Test
  void writesIdenticalGoldenJsonUnderBothJacksonLines() {
    GoldenJson.assertGolden(getClass(), "postal-address", sample(), PostalAddress.class);
  }

  @Test
  void writesIdenticalGoldenJsonWithoutBoxUnderBothJacksonLines() {
    GoldenJson.assertGolden(getClass(), "postal-address-minimal",
        PostalAddress.of(LocalizedText.of(Language.FR, "Avenue de l'Exemple"), "1", "1000",
            LocalizedText.of("Bruxelles", "Brussel")),
        PostalAddress.class);
  }
}
