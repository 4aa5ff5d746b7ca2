package brussels.socialhealth.directory;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.CoreCodes;
import brussels.socialhealth.core.MessageBundles;
import brussels.socialhealth.core.MessageCalls;
import brussels.socialhealth.directory.exchange.ExchangeCodes;
import brussels.socialhealth.territory.TerritoryCodes;
import java.nio.file.Path;
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

  @Test
  void everyCallOfTheModuleSuppliesTheArgumentsItsMessageNeeds() {
    MessageCalls.assertArgumentsCoverPlaceholders(Path.of("src/main/java"), DirectoryCodes.class,
        ExchangeCodes.class, TerritoryCodes.class, CoreCodes.class);
  }
}
