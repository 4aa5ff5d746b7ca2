package brussels.socialhealth.territory;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.MessageBundles;
import brussels.socialhealth.core.MessageCalls;
import brussels.socialhealth.core.Messages;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every code of {@link TerritoryCodes} has a message in French, Dutch and English. */
class TerritoryMessagesTest {

  @Test
  void everyCodeHasAMessageInFrenchDutchAndEnglish() {
    assertThat(MessageBundles.codes(TerritoryCodes.class)).hasSizeGreaterThan(40).allMatch(c -> c.startsWith("territory."));
    MessageBundles.assertComplete(TerritoryCodes.class);
  }

  @Test
  void theBundlesHoldOnlyDeclaredCodes() {
    MessageBundles.assertBundlesHoldOnlyDeclaredCodes(TerritoryCodes.class);
  }

  @Test
  void rendersTheOffendingValueInEachLanguage() {
    assertThat(Messages.render(TerritoryCodes.DATA_COMMUNE_WITHOUT_BASSIN, "21099").getValues().values())
        .hasSize(3).allMatch(text -> text.contains("21099"));
  }

  @Test
  void everyCallOfTheModuleSuppliesTheArgumentsItsMessageNeeds() {
    MessageCalls.assertArgumentsCoverPlaceholders(Path.of("src/main/java"), TerritoryCodes.class);
  }
}
