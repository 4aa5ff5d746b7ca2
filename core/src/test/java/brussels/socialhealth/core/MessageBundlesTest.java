package brussels.socialhealth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The shared message-bundle checks catch a missing message, a foreign namespace and a repeated code. */
class MessageBundlesTest {

  /** Declares a code no bundle has. */
  static final class CodeWithoutMessage {
    public static final String KNOWN = CoreCodes.LANGUAGE_UNKNOWN;
    public static final String MISSING = "core.test.no-such-message";
  }

  /** Declares a code outside its package's namespace. */
  static final class CodeOutsideTheNamespace {
    public static final String FOREIGN = "territory.commune.unknown";
  }

  /** Declares the same code twice. */
  static final class RepeatedCode {
    public static final String FIRST = CoreCodes.LANGUAGE_UNKNOWN;
    public static final String SECOND = CoreCodes.LANGUAGE_UNKNOWN;
  }

  /** Declares a constant that is not a code. */
  static final class PatternAndCode {
    public static final String PATTERN = "[a-z0-9][a-z0-9._:-]{0,63}";
    public static final String CODE = CoreCodes.LANGUAGE_UNKNOWN;
  }

  @Test
  void failsWhenATranslationDropsAPlaceholder() {
    assertThatThrownBy(() -> MessageBundles.assertComplete(
            brussels.socialhealth.fixture.TranslationDropsAPlaceholder.class))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("placeholders of fixture.placeholder.dropped in nl vs en")
        .hasMessageNotContaining("in fr vs en");
  }

  @Test
  void findsThePlaceholdersOfATemplate() {
    assertThat(MessageBundles.placeholders("Slot {1} of {0}: {1}, not {x} nor {}")).containsExactly("{0}", "{1}");
  }

  @Test
  void failsWhenACodeLacksItsMessages() {
    assertThatThrownBy(() -> MessageBundles.assertComplete(CodeWithoutMessage.class))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("messages_fr lacks core.test.no-such-message")
        .hasMessageContaining("messages_nl lacks core.test.no-such-message")
        .hasMessageContaining("messages_en lacks core.test.no-such-message");
  }

  @Test
  void failsWhenACodeIsOutsideTheNamespaceOfItsPackage() {
    assertThatThrownBy(() -> MessageBundles.assertComplete(CodeOutsideTheNamespace.class))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("namespace of territory.commune.unknown");
  }

  @Test
  void failsWhenACodeIsDeclaredTwice() {
    assertThatThrownBy(() -> MessageBundles.assertComplete(RepeatedCode.class))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void failsWhenTheBundlesHoldACodeTheClassDoesNotDeclare() {
    assertThatThrownBy(() -> MessageBundles.assertBundlesHoldOnlyDeclaredCodes(PatternAndCode.class))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(CoreCodes.PHONE_INVALID);
  }

  @Test
  void takesOnlyCodeShapedConstantsForCodes() {
    assertThat(MessageBundles.codes(PatternAndCode.class)).containsExactly(CoreCodes.LANGUAGE_UNKNOWN);
    assertThatCode(() -> MessageBundles.assertComplete(PatternAndCode.class)).doesNotThrowAnyException();
  }
}
