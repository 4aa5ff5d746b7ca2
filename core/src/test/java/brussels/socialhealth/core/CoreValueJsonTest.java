package brussels.socialhealth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import brussels.socialhealth.core.json.SocialHealthJson;
import brussels.socialhealth.core.json.jackson2.SocialHealthJackson2;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A value that cannot exist is refused when read from JSON too, under both Jackson lines, and the
 * library's typed exception (with its stable code) is in the cause chain of Jackson's error.
 */
class CoreValueJsonTest {

  static Stream<Arguments> invalidDocuments() {
    return Stream.of(
        Arguments.of(PhoneNumber.class, "\"02 12 34\"", CoreCodes.PHONE_INVALID),
        Arguments.of(PhoneNumber.class, "\"+999 123 456\"", CoreCodes.PHONE_UNPARSEABLE),
        Arguments.of(EnterpriseNumber.class, "\"0123.456.748\"", CoreCodes.ENTERPRISE_NUMBER_CHECK_DIGITS),
        Arguments.of(EmailAddress.class, "\"info@\"", CoreCodes.EMAIL_INVALID),
        Arguments.of(WebAddress.class, "\"ftp://example.be\"", CoreCodes.WEB_ADDRESS_SCHEME),
        Arguments.of(ExternalRef.class, "\"no-colon\"", CoreCodes.EXTERNAL_REF_INVALID),
        Arguments.of(GeoPoint.class, "{\"latitude\": 91, \"longitude\": 4}", CoreCodes.GEO_LATITUDE),
        Arguments.of(Period.class, "{\"start\": \"2024-12-31\", \"end\": \"2024-01-01\"}",
            CoreCodes.PERIOD_END_BEFORE_START),
        Arguments.of(Extensions.class, "{\"Bad NS\": {\"a\": \"b\"}}", CoreCodes.EXTENSIONS_NAMESPACE),
        Arguments.of(PostalAddress.class, "{\"street\": {\"fr\": \"Rue X\"}, \"houseNumber\": \"1\","
            + " \"postalCode\": \"100\", \"municipality\": {\"fr\": \"Bruxelles\"}}",
            CoreCodes.POSTAL_ADDRESS_POSTAL_CODE));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("invalidDocuments")
  void refusesImpossibleValuesWithTheTypedCodeUnderBothJacksonLines(Class<?> type, String json, String code) {
    Throwable jackson3 = catchThrowable(() -> SocialHealthJson.strictMapper().readValue(json, type));
    Throwable jackson2 = catchThrowable(() -> SocialHealthJackson2.strictMapper().readValue(json, type));
    assertThat(typedCause(jackson3)).as("Jackson 3: %s", jackson3).isNotNull()
        .extracting(InvalidValueException::getCode).isEqualTo(code);
    assertThat(typedCause(jackson2)).as("Jackson 2: %s", jackson2).isNotNull()
        .extracting(InvalidValueException::getCode).isEqualTo(code);
  }

  private static InvalidValueException typedCause(Throwable throwable) {
    for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidValueException) {
        return (InvalidValueException) cause;
      }
    }
    return null;
  }
}
