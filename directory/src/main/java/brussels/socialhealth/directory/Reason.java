package brussels.socialhealth.directory;

import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.directory.internal.Texts;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;

/**
 * Why something was decided: a stable code from {@link DirectoryCodes} and its message in French,
 * Dutch and English. Used by orientation results and label assessments. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"code", "message"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableReason.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableReason.class)
public abstract class Reason {

  /**
   * Returns the stable code.
   *
   * @return the code, for example {@code directory.orientation.theme}
   */
  @Value.Parameter
  public abstract String getCode();

  /**
   * Returns the message.
   *
   * @return the message in French, Dutch and English
   */
  @Value.Parameter
  public abstract LocalizedText getMessage();

  /**
   * Creates a reason from a code and its message arguments (trilingual arguments are resolved per
   * language).
   *
   * @param code a code of {@link DirectoryCodes}; not null
   * @param arguments the message arguments
   * @return the reason
   */
  public static Reason of(String code, Object... arguments) {
    return ImmutableReason.of(code, Texts.render(code, arguments));
  }

  @Override
  public String toString() {
    return getCode();
  }
}
