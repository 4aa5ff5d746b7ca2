package brussels.socialhealth.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A Belgian enterprise number (numéro d'entreprise BCE / ondernemingsnummer KBO): ten digits, the first
 * 0 or 1, the last two being the check digits {@code 97 - (first eight digits mod 97)}.
 *
 * <p>{@link #parse(String)} accepts the usual notations: {@code 0123.456.749}, {@code 0123456749},
 * {@code BE0123456749}, {@code BE 0123 456 749}, {@code be0123-456-749}, and legacy nine-digit numbers
 * ({@code 123456749}, read with a leading 0). Establishment unit numbers (vestigingseenheidsnummers /
 * numéros d'unité d'établissement) are a different series of ten digits starting with 2 to 8; they are
 * rejected with a message that says so.
 *
 * <p>The canonical form is {@code 0123.456.749}: {@link #toString()} returns it, {@link #parse(String)}
 * reads it back to an equal value, and it is the JSON form. {@link #toVatNumber()} gives the VAT form
 * {@code BE0123456749}. Immutable and thread-safe; comparable by digits.
 */
public final class EnterpriseNumber implements Comparable<EnterpriseNumber> {
  private final String digits;

  private EnterpriseNumber(String digits) {
    this.digits = digits;
  }

  /**
   * Parses an enterprise number in any of the notations listed in the class description. Spaces, dots,
   * hyphens and slashes are ignored, as is a leading {@code BE} in any case.
   *
   * @param text the number; null is rejected as malformed
   * @return the enterprise number
   * @throws InvalidValueException {@link CoreCodes#ENTERPRISE_NUMBER_FORMAT} when other characters remain;
   *     {@link CoreCodes#ENTERPRISE_NUMBER_LENGTH} when there are neither 10 nor 9 digits;
   *     {@link CoreCodes#ENTERPRISE_NUMBER_FIRST_DIGIT} when a 10-digit number does not start with 0 or 1
   *     (2 to 8: an establishment unit number); {@link CoreCodes#ENTERPRISE_NUMBER_CHECK_DIGITS} when the
   *     check digits are wrong
   */
  @JsonCreator
  public static EnterpriseNumber parse(String text) {
    if (text == null) {
      throw new InvalidValueException(CoreCodes.ENTERPRISE_NUMBER_FORMAT, null);
    }
    String compact = text.strip().replaceAll("[\\s./-]", "");
    if (compact.toUpperCase(Locale.ROOT).startsWith("BE")) {
      compact = compact.substring(2);
    }
    if (compact.isEmpty() || !compact.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidValueException(CoreCodes.ENTERPRISE_NUMBER_FORMAT, text);
    }
    if (compact.length() == 9) {
      compact = "0" + compact;
    }
    if (compact.length() != 10) {
      throw new InvalidValueException(CoreCodes.ENTERPRISE_NUMBER_LENGTH, text, compact.length());
    }
    char first = compact.charAt(0);
    if (first != '0' && first != '1') {
      throw new InvalidValueException(CoreCodes.ENTERPRISE_NUMBER_FIRST_DIGIT, text);
    }
    int expected = checkDigits(compact.substring(0, 8));
    if (Integer.parseInt(compact.substring(8)) != expected) {
      throw new InvalidValueException(
          CoreCodes.ENTERPRISE_NUMBER_CHECK_DIGITS, text, String.format(Locale.ROOT, "%02d", expected));
    }
    return new EnterpriseNumber(compact);
  }

  /**
   * Tells whether a text is a valid enterprise number, without throwing.
   *
   * @param text the text, may be null
   * @return true if {@link #parse(String)} would accept it
   */
  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (InvalidValueException e) {
      return false;
    }
  }

  private static int checkDigits(String firstEight) {
    return 97 - (int) (Long.parseLong(firstEight) % 97);
  }

  /**
   * Returns the ten digits without separators, for example {@code "0123456749"}.
   *
   * @return the digits
   */
  public String getDigits() {
    return digits;
  }

  /**
   * Returns the VAT number form, {@code BE} followed by the ten digits, for example {@code "BE0123456749"}.
   *
   * @return the VAT form
   */
  public String toVatNumber() {
    return "BE" + digits;
  }

  @Override
  public int compareTo(EnterpriseNumber other) {
    return digits.compareTo(other.digits);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EnterpriseNumber && ((EnterpriseNumber) other).digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /**
   * Returns the canonical form {@code 0123.456.749}, which {@link #parse(String)} reads back.
   *
   * @return the canonical form
   */
  @JsonValue
  @Override
  public String toString() {
    return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
  }
}
