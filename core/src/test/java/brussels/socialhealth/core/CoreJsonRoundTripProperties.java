package brussels.socialhealth.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any valid value of each core type survives JSON and back, equal, under Jackson 3 and Jackson 2, and
 * both lines write the same text. Values are generated from their rules, not from the code under test
 * (enterprise numbers compute their own check digits here).
 */
class CoreJsonRoundTripProperties {

  @Property
  void phoneNumbersRoundTrip(@ForAll("phoneNumbers") PhoneNumber number) throws Exception {
    GoldenJson.assertRoundTrip(number, PhoneNumber.class);
    assertThat(PhoneNumber.parse(number.toString())).isEqualTo(number);
    assertThat(PhoneNumber.parse(number.toNational(), number.getRegion())).isEqualTo(number);
    assertThat(PhoneNumber.parse(number.toInternational())).isEqualTo(number);
  }

  @Provide
  Arbitrary<PhoneNumber> phoneNumbers() {
    Arbitrary<String> brusselsLandline = Arbitraries.strings().numeric().ofLength(7)
        .filter(s -> s.charAt(0) >= '2').map(s -> "02" + s);
    Arbitrary<String> mobile = Arbitraries.of("0456", "0460", "0470", "0472", "0475", "0477", "0479",
        "0484", "0485", "0486", "0487", "0488", "0489", "0490", "0491", "0492", "0493", "0494", "0495",
        "0496", "0497", "0498", "0499")
        .flatMap(prefix -> Arbitraries.strings().numeric().ofLength(6).map(s -> prefix + s));
    Arbitrary<String> paris = Arbitraries.strings().numeric().ofLength(8).map(s -> "+33 1" + s);
    return Arbitraries.oneOf(brusselsLandline, mobile, paris)
        .filter(CoreJsonRoundTripProperties::isPhoneNumber)
        .map(PhoneNumber::parse);
  }

  private static boolean isPhoneNumber(String text) {
    try {
      PhoneNumber.parse(text);
      return true;
    } catch (InvalidValueException e) {
      return false;
    }
  }

  @Property
  void enterpriseNumbersRoundTrip(@ForAll("enterpriseNumbers") String digits) throws Exception {
    EnterpriseNumber number = EnterpriseNumber.parse(digits);
    assertThat(number.getDigits()).isEqualTo(digits);
    assertThat(EnterpriseNumber.parse(number.toString())).isEqualTo(number);
    assertThat(EnterpriseNumber.parse(number.toVatNumber())).isEqualTo(number);
    GoldenJson.assertRoundTrip(number, EnterpriseNumber.class);
  }

  @Provide
  Arbitrary<String> enterpriseNumbers() {
    return Combinators.combine(Arbitraries.of("0", "1"), Arbitraries.strings().numeric().ofLength(7))
        .as((first, rest) -> {
          String eight = first + rest;
          int check = 97 - (int) (Long.parseLong(eight) % 97);
          return eight + String.format("%02d", check);
        });
  }

  @Property
  void emailAddressesRoundTrip(@ForAll("emailAddresses") EmailAddress address) throws Exception {
    assertThat(EmailAddress.parse(address.toString())).isEqualTo(address);
    GoldenJson.assertRoundTrip(address, EmailAddress.class);
  }

  @Provide
  Arbitrary<EmailAddress> emailAddresses() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
        .withChars('-', '_', '+').ofMinLength(1).ofMaxLength(12)
        .filter(s -> Character.isLetterOrDigit(s.charAt(0)) && Character.isLetterOrDigit(s.charAt(s.length() - 1)));
    Arbitrary<String> tld = Arbitraries.of("be", "brussels", "eu", "org", "com");
    return Combinators.combine(word, word, tld, Arbitraries.of(true, false))
        .as((local, domain, top, upper) -> (upper ? local.toUpperCase() : local) + "@" + domain.replace('_', 'x')
            .replace('+', 'x') + "." + top)
        .map(EmailAddress::parse);
  }

  @Property
  void webAddressesRoundTrip(@ForAll("webAddresses") WebAddress address) throws Exception {
    assertThat(WebAddress.parse(address.toString())).isEqualTo(address);
    GoldenJson.assertRoundTrip(address, WebAddress.class);
  }

  @Provide
  Arbitrary<WebAddress> webAddresses() {
    Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
        .ofMinLength(1).ofMaxLength(10);
    Arbitrary<String> path = Arbitraries.strings().withCharRange('a', 'z').withChars('/', '-', '.')
        .ofMaxLength(20).map(s -> s.isEmpty() ? "" : "/" + s);
    return Combinators.combine(Arbitraries.of("http://", "https://", ""), label, Arbitraries.of("be", "brussels"),
        path).as((scheme, host, top, p) -> scheme + "www." + host + "." + top + p)
        .map(WebAddress::parse);
  }

  @Property
  void externalRefsRoundTrip(@ForAll("externalRefs") ExternalRef ref) throws Exception {
    assertThat(ExternalRef.parse(ref.toString())).isEqualTo(ref);
    GoldenJson.assertRoundTrip(ref, ExternalRef.class);
  }

  @Provide
  Arbitrary<ExternalRef> externalRefs() {
    Arbitrary<String> system = Arbitraries.strings().withCharRange('a', 'z').withChars('.', '-', '_')
        .ofMinLength(1).ofMaxLength(20).filter(s -> Character.isLetter(s.charAt(0)));
    Arbitrary<String> id = Arbitraries.strings().withCharRange('!', '~').withChars(' ', ':', 'é')
        .ofMinLength(1).ofMaxLength(40).filter(s -> s.strip().equals(s));
    return Combinators.combine(system, id).as(ExternalRef::of);
  }

  @Property
  void geoPointsRoundTrip(@ForAll("geoPoints") GeoPoint point) throws Exception {
    GoldenJson.assertRoundTrip(point, GeoPoint.class);
  }

  @Provide
  Arbitrary<GeoPoint> geoPoints() {
    return Combinators.combine(Arbitraries.doubles().between(-90, 90), Arbitraries.doubles().between(-180, 180))
        .as(GeoPoint::of);
  }

  @Property
  void periodsRoundTrip(@ForAll("periods") Period period) throws Exception {
    assertThat(Period.parse(period.toString())).isEqualTo(period);
    GoldenJson.assertRoundTrip(period, Period.class);
  }

  @Provide
  Arbitrary<Period> periods() {
    Arbitrary<Optional<LocalDate>> start = Arbitraries.integers().between(0, 40_000)
        .map(days -> LocalDate.of(1990, 1, 1).plusDays(days)).optional(0.8);
    Arbitrary<Optional<Integer>> length = Arbitraries.integers().between(0, 4000).optional(0.8);
    return Combinators.combine(start, length).as((s, l) -> {
      Optional<LocalDate> end = l.map(days -> s.orElse(LocalDate.of(2000, 1, 1)).plusDays(days));
      return Period.of(s, end);
    });
  }

  @Property
  void localizedTextsRoundTripInEveryLanguage(@ForAll("localizedTexts") LocalizedText text) throws Exception {
    GoldenJson.assertRoundTrip(text, LocalizedText.class);
  }

  @Provide
  Arbitrary<LocalizedText> localizedTexts() {
    Arbitrary<String> words = Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '\'', 'é', 'ë', '·', '"')
        .ofMinLength(1).ofMaxLength(30).filter(s -> !s.isBlank());
    return Arbitraries.maps(Arbitraries.of(Language.class), words).ofMinSize(1).ofMaxSize(4)
        .map(LocalizedText::from);
  }

  @Property
  void postalAddressesRoundTrip(@ForAll("postalAddresses") PostalAddress address) throws Exception {
    GoldenJson.assertRoundTrip(address, PostalAddress.class);
  }

  @Provide
  Arbitrary<PostalAddress> postalAddresses() {
    Arbitrary<String> name = Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '\'', 'é', '-')
        .ofMinLength(1).ofMaxLength(20).filter(s -> !s.isBlank()).map(s -> "R" + s);
    Arbitrary<LocalizedText> text = Combinators.combine(name, name.optional())
        .as((fr, nl) -> nl.map(n -> LocalizedText.of(fr, n)).orElse(LocalizedText.of(Language.FR, fr)));
    Arbitrary<String> number = Arbitraries.integers().between(1, 400).map(String::valueOf);
    Arbitrary<Optional<String>> box = Arbitraries.integers().between(1, 20).map(String::valueOf).optional(0.3);
    Arbitrary<String> postalCode = Arbitraries.integers().between(1000, 1210).map(String::valueOf);
    return Combinators.combine(text, number, box, postalCode, text)
        .as((street, house, b, code, municipality) -> PostalAddress.builder().street(street).houseNumber(house)
            .box(b).postalCode(code).municipality(municipality).build());
  }

  @Property
  void extensionsRoundTrip(@ForAll("extensions") Extensions extensions) throws Exception {
    GoldenJson.assertRoundTrip(extensions, Extensions.class);
  }

  @Provide
  Arbitrary<Extensions> extensions() {
    Arbitrary<String> namespace = Arbitraries.of("social.brussels", "partner-csv", "app", "x_y", "0ns");
    Arbitrary<String> field = Arbitraries.strings().alpha().withChars(' ', 'é').ofMinLength(1).ofMaxLength(12)
        .filter(s -> !s.isBlank());
    Arbitrary<String> value = Arbitraries.strings().ofMaxLength(30);
    Arbitrary<Extensions> one = Combinators.combine(namespace, field, value).as(Extensions::of);
    return one.list().ofMaxSize(6).map(list -> list.stream().reduce(Extensions.empty(), Extensions::merge));
  }
}
