package brussels.socialhealth.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.base.Preconditions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A short text in one or more {@linkplain Language languages}: the name of a commune, the title of a
 * service, a message. Immutable and thread-safe.
 *
 * <p>{@link #get(Language)} never fails: when the text lacks the language asked for it falls back, in
 * order, to the other official language of Brussels (Dutch for French, French for Dutch), then English,
 * then French, Dutch, German. {@link #find(Language)} returns only the exact language.
 *
 * <p>Official names must exist in French and Dutch; that is a validation rule
 * ({@link brussels.socialhealth.core.validation.OfficialName @OfficialName}), not a construction failure,
 * so that partner data missing its Dutch name can still be read and reported.
 *
 * <p>JSON form: an object keyed by language code, {@code {"fr": "Forest", "nl": "Vorst"}}.
 */
@Value.Immutable
@SocialHealthStyle
public abstract class LocalizedText {
  private static final Language[] ORDER = {Language.FR, Language.NL, Language.EN, Language.DE};

  /**
   * Returns the texts by language. Never empty; no value is blank.
   *
   * @return an immutable map
   */
  public abstract Map<Language, String> getValues();

  /**
   * Creates a text in one language.
   *
   * @param language the language; not null
   * @param text the text; not null, not blank
   * @return the text
   * @throws InvalidValueException {@link CoreCodes#TEXT_BLANK} if the text is blank
   */
  public static LocalizedText of(Language language, String text) {
    return builder().putValue(language, text).build();
  }

  /**
   * Creates a French and Dutch text, the usual pair for official names.
   *
   * @param french the French text; not null, not blank
   * @param dutch the Dutch text; not null, not blank
   * @return the text
   */
  public static LocalizedText of(String french, String dutch) {
    return builder().putValue(Language.FR, french).putValue(Language.NL, dutch).build();
  }

  /**
   * Creates a French, Dutch and English text.
   *
   * @param french the French text; not null, not blank
   * @param dutch the Dutch text; not null, not blank
   * @param english the English text; not null, not blank
   * @return the text
   */
  public static LocalizedText of(String french, String dutch, String english) {
    return builder()
        .putValue(Language.FR, french)
        .putValue(Language.NL, dutch)
        .putValue(Language.EN, english)
        .build();
  }

  /**
   * Creates a text from a map of languages to texts.
   *
   * @param values the texts; not null, not empty, no blank value
   * @return the text
   */
  public static LocalizedText from(Map<Language, String> values) {
    return builder().putAllValues(values).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LocalizedText}; obtained from {@link LocalizedText#builder()}. */
  public static final class Builder extends ImmutableLocalizedText.Builder {
    Builder() {}
  }

  /**
   * Returns the text in the given language, or the documented fallback.
   *
   * @param language the language asked for; not null
   * @return the best available text, never null
   */
  public String get(Language language) {
    String exact = getValues().get(language);
    if (exact != null) {
      return exact;
    }
    Language partner = language == Language.FR ? Language.NL : Language.FR;
    if (language == Language.NL || language == Language.FR) {
      String other = getValues().get(partner);
      if (other != null) {
        return other;
      }
    }
    String english = getValues().get(Language.EN);
    if (english != null) {
      return english;
    }
    for (Language candidate : ORDER) {
      String value = getValues().get(candidate);
      if (value != null) {
        return value;
      }
    }
    throw new IllegalStateException("empty LocalizedText");
  }

  /**
   * Returns the text in exactly the given language.
   *
   * @param language the language; not null
   * @return the text, or empty if this text has no value in that language
   */
  public Optional<String> find(Language language) {
    return Optional.ofNullable(getValues().get(language));
  }

  /**
   * Tells whether this text exists in both official languages of the Region, French and Dutch.
   *
   * @return true if both French and Dutch are present
   */
  public boolean hasOfficialLanguages() {
    return getValues().containsKey(Language.FR) && getValues().containsKey(Language.NL);
  }

  /**
   * Returns a copy with the text in one language added or replaced.
   *
   * @param language the language; not null
   * @param text the text; not null, not blank
   * @return the modified copy
   */
  public LocalizedText with(Language language, String text) {
    Map<Language, String> copy = new LinkedHashMap<>(getValues());
    copy.put(language, text);
    return from(copy);
  }

  @Value.Check
  void check() {
    if (getValues().isEmpty()) {
      throw new InvalidValueException(CoreCodes.TEXT_EMPTY, "{}");
    }
    for (Map.Entry<Language, String> entry : getValues().entrySet()) {
      Preconditions.checkNotNull(entry.getValue(), "values[%s]", entry.getKey());
      if (entry.getValue().isBlank()) {
        throw new InvalidValueException(CoreCodes.TEXT_BLANK, entry.getValue(), entry.getKey().code());
      }
    }
  }

  /**
   * The JSON form: language codes to texts, in the order FR, NL, EN, DE.
   *
   * @return the map written to JSON
   */
  @JsonValue
  Map<String, String> toJson() {
    Map<String, String> json = new LinkedHashMap<>();
    for (Language language : ORDER) {
      String value = getValues().get(language);
      if (value != null) {
        json.put(language.code(), value);
      }
    }
    return json;
  }

  @JsonCreator
  static LocalizedText fromJson(Map<String, String> json) {
    Builder builder = builder();
    json.forEach((code, text) -> builder.putValue(Language.parse(code), text));
    return builder.build();
  }

  @Override
  public String toString() {
    return toJson().toString();
  }
}
