package brussels.socialhealth.directory;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.MessageBundles;
import brussels.socialhealth.directory.exchange.ExchangeCodes;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every code of {@link DirectoryCodes} has a message in French, Dutch and English. */
class DirectoryMessagesTest {

  static Stream<String> codes() {
    return MessageBundles.codes(DirectoryCodes.class).stream();
  }

  @Test
  void everyCodeHasAMessageInFrenchDutchAndEnglish() {
    MessageBundles.assertComplete(DirectoryCodes.class);
  }

  @Test
  void theBundlesHoldOnlyTheCodesOfTheDirectoryAndItsExchangePackage() {
    MessageBundles.assertBundlesHoldOnlyDeclaredCodes(DirectoryCodes.class, ExchangeCodes.class);
  }

  @ParameterizedTest
  @MethodSource("codes")
  void everyCodeIsNamespacedByTheModule(String code) {
    assertThat(code).matches("directory\\.[a-z-]+(\\.[a-z-]+)*");
  }
}
