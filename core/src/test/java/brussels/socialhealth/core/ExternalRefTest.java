package brussels.socialhealth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExternalRefTest {

  @Test
  void splitsOnTheFirstColon() {
    ExternalRef ref = ExternalRef.parse("partner-csv:org:42");
    assertThat(ref.getSystem()).isEqualTo("partner-csv");
    assertThat(ref.getId()).isEqualTo("org:42");
    assertThat(ref.toString()).isEqualTo("partner-csv:org:42");
  }

  @Test
  void printsAndParsesTheCanonicalForm() {
    ExternalRef ref = ExternalRef.of("social.brussels", "12345");
    assertThat(ref.toString()).isEqualTo("social.brussels:12345");
    assertThat(ExternalRef.parse(ref.toString())).isEqualTo(ref);
  }

  @Test
  void lowerCasesTheSystemAndKeepsTheIdentifier() {
    assertThat(ExternalRef.parse("Social.Brussels:AbC-12").toString()).isEqualTo("social.brussels:AbC-12");
  }

  static Stream<String> invalidRefs() {
    return Stream.of("", "12345", ":12345", "social.brussels:", "social brussels:1", "-bad:1",
        "social.brussels: 1", "social.brussels:1 ", "social.brussels:a\tb", "é:1",
        "s".repeat(65) + ":1", "social.brussels:" + "x".repeat(513));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invalidRefs")
  void rejectsMalformedReferences(String text) {
    assertThatThrownBy(() -> ExternalRef.parse(text))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.getCode()).isEqualTo(CoreCodes.EXTERNAL_REF_INVALID));
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> ExternalRef.parse(null)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void isEqualWhenSystemAndIdentifierAreEqual() {
    new EqualsTester()
        .addEqualityGroup(ExternalRef.of("social.brussels", "12345"), ExternalRef.parse("SOCIAL.BRUSSELS:12345"))
        .addEqualityGroup(ExternalRef.of("social.brussels", "12346"))
        .addEqualityGroup(ExternalRef.of("partner-csv", "12345"))
        .addEqualityGroup(ExternalRef.of("social.brussels", "abc"), ExternalRef.parse("social.brussels:abc"))
        .addEqualityGroup(ExternalRef.of("social.brussels", "ABC"))
        .testEquals();
  }

  @Test
  void writesIdenticalGoldenJsonUnderBothJacksonLines() {
    GoldenJson.assertGolden(getClass(), "external-ref", ExternalRef.of("social.brussels", "12345"),
        ExternalRef.class);
  }
}
