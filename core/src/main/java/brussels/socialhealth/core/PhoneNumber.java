package brussels.socialhealth.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Locale;
import java.util.Objects;

/**
 * A telephone number, held in its E.164 form ({@code +3225550123}).
 *
 * <p>{@link #parse(String)} reads the notations Brussels organisations actually publish, with Belgium as
 * the default region: {@code 02/555.01.23}, {@code (02) 512 12 12}, {@code 0470 12 34 56},
 * {@code +32 2 555 04 56}, {@code 0032 2 555 04 56} and even {@code 32 2 555 04 56} (the country code
 * without its plus). Numbers of other countries are accepted when written with their country code
 * ({@code +33 1 42 68 53 00}). Validity is decided by Google's libphonenumber metadata, not by a regular
 * expression: a number that its country's numbering plan does not allow is rejected. Text holding
 * letters is rejected too (libphonenumber would otherwise read vanity letters as digits), and so are
 * extensions, which E.164 cannot carry.
 *
 * <p>The canonical string is the E.164 form: {@link #toString()} returns it, {@link #parse(String)} reads
 * it back to an equal value, and it is the JSON form. {@link #toNational()} and {@link #toInternational()}
 * give the usual display forms. Immutable and thread-safe; equal when the E.164 forms are equal.
 */
public final class PhoneNumber {
  /** The region assumed for numbers written without a country code. */
  public static final String DEFAULT_REGION = "BE";

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private final String e164;
  /** Parsed form; libphonenumber's class is mutable, so it never leaves this object. */
  private final Phonenumber.PhoneNumber parsed;

  private PhoneNumber(String e164, Phonenumber.PhoneNumber parsed) {
    this.e164 = e164;
    this.parsed = parsed;
  }

  /**
   * Parses a phone number written with or without its country code, Belgium being assumed when the
   * country code is absent.
   *
   * @param text the number as published, for example {@code "02/555.01.23"}; null is rejected as
   *     unparseable
   * @return the number
   * @throws InvalidValueException {@link CoreCodes#PHONE_UNPARSEABLE} when the text is not a phone number
   *     at all (blank, letters, an extension, an unknown country code); {@link CoreCodes#PHONE_INVALID}
   *     when libphonenumber says the number is not valid for its country (too short, too long, an
   *     unallocated prefix)
   */
  @JsonCreator
  public static PhoneNumber parse(String text) {
    return parse(text, DEFAULT_REGION);
  }

  /**
   * Parses a phone number, assuming the given region when the text has no country code.
   *
   * @param text the number as published; null is rejected as unparseable
   * @param defaultRegion an ISO 3166-1 alpha-2 region code such as {@code "BE"} or {@code "FR"}; not null
   * @return the number
   * @throws InvalidValueException {@link CoreCodes#PHONE_UNPARSEABLE} or {@link CoreCodes#PHONE_INVALID},
   *     as for {@link #parse(String)}
   */
  public static PhoneNumber parse(String text, String defaultRegion) {
    Objects.requireNonNull(defaultRegion, "defaultRegion");
    if (text == null || text.isBlank() || hasLetter(text)) {
      throw new InvalidValueException(CoreCodes.PHONE_UNPARSEABLE, text);
    }
    Phonenumber.PhoneNumber number;
    try {
      number = UTIL.parse(compact(text), defaultRegion.toUpperCase(Locale.ROOT));
    } catch (NumberParseException e) {
      throw new InvalidValueException(CoreCodes.PHONE_UNPARSEABLE, text, e);
    }
    if (number.hasExtension() && !number.getExtension().isEmpty()) {
      throw new InvalidValueException(CoreCodes.PHONE_UNPARSEABLE, text);
    }
    if (!UTIL.isValidNumber(number)) {
      throw new InvalidValueException(CoreCodes.PHONE_INVALID, text);
    }
    return new PhoneNumber(UTIL.format(number, PhoneNumberFormat.E164), number);
  }

  /**
   * Drops the punctuation Brussels notations use ({@code 02/555.01.23}, {@code (02) 512 12 12}) before
   * libphonenumber sees the text: it ignores that punctuation anyway, and its extension-stripping regular
   * expression is far cheaper on digits alone (the import of a large partner file parses every phone).
   * Text with any other character is passed on unchanged, so libphonenumber judges it as written.
   */
  private static String compact(String text) {
    StringBuilder digits = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' || c == '+' && digits.length() == 0) {
        digits.append(c);
      } else if (c != ' ' && c != '.' && c != '/' && c != '-' && c != '(' && c != ')' && c != '\u00a0') {
        return text.strip();
      }
    }
    return digits.toString();
  }

  private static boolean hasLetter(String text) {
    return text.codePoints().anyMatch(Character::isLetter);
  }

  /**
   * Returns the country calling code, for example 32 for Belgium.
   *
   * @return the country calling code
   */
  public int getCountryCode() {
    return parsed.getCountryCode();
  }

  /**
   * Returns the ISO 3166-1 alpha-2 region the number belongs to, for example {@code "BE"}.
   *
   * @return the region code; {@code "001"} for non-geographic numbers
   */
  public String getRegion() {
    return UTIL.getRegionCodeForNumber(parsed);
  }

  /**
   * Tells whether the number is a mobile number ({@code 04xx} in Belgium), according to libphonenumber.
   * Numbers that libphonenumber classes as "fixed line or mobile" (some countries do not distinguish)
   * count as mobile.
   *
   * @return true for a mobile number
   */
  public boolean isMobile() {
    PhoneNumberType type = UTIL.getNumberType(parsed);
    return type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE;
  }

  /**
   * Returns the national notation of the number's own country, for example {@code "02 555 01 23"}.
   *
   * @return the national form
   */
  public String toNational() {
    return UTIL.format(parsed, PhoneNumberFormat.NATIONAL);
  }

  /**
   * Returns the international notation, for example {@code "+32 2 555 01 23"}.
   *
   * @return the international form
   */
  public String toInternational() {
    return UTIL.format(parsed, PhoneNumberFormat.INTERNATIONAL);
  }

  /**
   * Returns the E.164 form, for example {@code "+3225550123"}; same as {@link #toString()}.
   *
   * @return the E.164 form
   */
  public String toE164() {
    return e164;
  }

  /**
   * Returns the {@code tel:} URI of the number (RFC 3966), for links.
   *
   * @return the URI text, for example {@code "tel:+32-2-555-01-23"}
   */
  public String toTelUri() {
    return UTIL.format(parsed, PhoneNumberFormat.RFC3966);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PhoneNumber && ((PhoneNumber) other).e164.equals(e164);
  }

  @Override
  public int hashCode() {
    return e164.hashCode();
  }

  /**
   * Returns the canonical E.164 form, which {@link #parse(String)} reads back to an equal number.
   *
   * @return the E.164 form
   */
  @JsonValue
  @Override
  public String toString() {
    return e164;
  }
}
