package brussels.socialhealth.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every code of {@link CoreCodes} has a message in French, Dutch and English, and the bundles agree. */
class CoreMessagesTest {

  @Test
  void findsTheCodesByReflection() {
    assertThat(MessageBundles.codes(CoreCodes.class)).contains(CoreCodes.PHONE_INVALID, CoreCodes.ENTERPRISE_NUMBER_CHECK_DIGITS)
        .doesNotHaveDuplicates()
        .allSatisfy(code -> assertThat(code).startsWith("core."));
  }

  @Test
  void everyCodeHasAMessageInEachLanguage() {
    MessageBundles.assertComplete(CoreCodes.class);
  }

  @Test
  void theThreeBundlesHaveTheSameKeysAndEveryKeyIsADeclaredCode() {
    MessageBundles.assertBundlesHoldOnlyDeclaredCodes(CoreCodes.class);
  }
}
