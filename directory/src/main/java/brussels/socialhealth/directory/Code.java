package brussels.socialhealth.directory;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One entry of an extensible code list ({@link Theme}, {@link TargetPublic}, {@link Sector},
 * {@link OrganisationKind}, {@link AccessMode}, {@link SpokenLanguage}, {@link AccessibilityFeature},
 * {@link Role}, {@link BodyKind}): a stable lower-case code such as {@code mental-health} and its label in
 * French, Dutch and English.
 *
 * <p>Each list ships built-in constants; users add their own entries with the list's {@code define(code,
 * label)} without forking the library. Reading a code that nobody defined does not fail: it yields an
 * entry that is not {@linkplain #isDefined() defined}, whose label is the code itself, so partner data is
 * never lost (a validation rule reports it as a warning).
 *
 * <p>Two entries are equal when they belong to the same list and have the same code; they sort by code
 * (sets of codes in the model are sorted, so the same value always writes the same JSON). The JSON form and
 * {@link #toString()} are the code. Immutable and thread-safe.
 */
public abstract class Code implements Comparable<Code> {
  private final String code;
  private final LocalizedText label;
  private final boolean defined;

  /**
   * Creates an entry; called by the lists' registries only.
   *
   * @param code the canonical code; not null
   * @param label the label; not null
   * @param defined whether the code was defined (built in or registered)
   */
  protected Code(String code, LocalizedText label, boolean defined) {
    this.code = Objects.requireNonNull(code, "code");
    this.label = Objects.requireNonNull(label, "label");
    this.defined = defined;
  }

  /**
   * Returns the stable code, for example {@code mental-health}.
   *
   * @return the code, lower case
   */
  public final String getCode() {
    return code;
  }

  /**
   * Returns the label in French, Dutch and English (the code itself for an undefined entry).
   *
   * @return the label
   */
  public final LocalizedText getLabel() {
    return label;
  }

  /**
   * Returns the label in one language, with the fallbacks of {@link LocalizedText#get(Language)}.
   *
   * @param language the language; not null
   * @return the label text
   */
  public final String getLabel(Language language) {
    return label.get(language);
  }

  /**
   * Tells whether the code is built in or was registered with {@code define}; false for a code read
   * from data that nobody defined.
   *
   * @return true when defined
   */
  public final boolean isDefined() {
    return defined;
  }

  @Override
  public final int compareTo(Code other) {
    int byList = getClass().getName().compareTo(other.getClass().getName());
    return byList != 0 ? byList : code.compareTo(other.code);
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((Code) other).code.equals(code);
  }

  @Override
  public final int hashCode() {
    return getClass().getName().hashCode() * 31 + code.hashCode();
  }

  /**
   * Returns the code, the JSON form.
   *
   * @return the code
   */
  @JsonValue
  @Override
  public final String toString() {
    return code;
  }
}
