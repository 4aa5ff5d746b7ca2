package brussels.socialhealth.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address such as {@code accueil@maison-medicale.example.be}.
 *
 * <p>The check is pragmatic, not the full RFC 5322 grammar: one {@code @}; a local part of at most 64
 * characters from the RFC's "atext" set ({@code A-Z a-z 0-9 ! # $ % & ' * + / = ? ^ _ ` { | } ~ -}) with
 * single dots between them (no quoted local parts, no comments); a domain of at least two labels of ASCII
 * letters, digits and hyphens (internationalised domains must be given in their {@code xn--} form), the
 * last label not all digits; at most 254 characters in all. Surrounding blanks and a leading
 * {@code mailto:} are removed.
 *
 * <p>The canonical string keeps the local part as written (it may be case-sensitive) and lower-cases the
 * domain: {@link #toString()} returns it, {@link #parse(String)} reads it back to an equal value, and it is
 * the JSON form. Immutable and thread-safe.
 */
public final class EmailAddress {
  private static final Pattern LOCAL =
      Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
  private static final Pattern ALL_DIGITS = Pattern.compile("[0-9]+");

  private final String localPart;
  private final String domain;

  private EmailAddress(String localPart, String domain) {
    this.localPart = localPart;
    this.domain = domain;
  }

  /**
   * Parses an e-mail address.
   *
   * @param text the address, for example {@code "Accueil@Example.BE"}; null is rejected
   * @return the address, with the domain lower-cased
   * @throws InvalidValueException {@link CoreCodes#EMAIL_INVALID} when the syntax described in the class
   *     description is not met
   */
  @JsonCreator
  public static EmailAddress parse(String text) {
    if (text == null) {
      throw new InvalidValueException(CoreCodes.EMAIL_INVALID, null);
    }
    String candidate = text.strip();
    if (candidate.regionMatches(true, 0, "mailto:", 0, 7)) {
      candidate = candidate.substring(7);
    }
    int at = candidate.indexOf('@');
    if (at <= 0 || at != candidate.lastIndexOf('@') || candidate.length() > 254) {
      throw new InvalidValueException(CoreCodes.EMAIL_INVALID, text);
    }
    String local = candidate.substring(0, at);
    String domain = candidate.substring(at + 1).toLowerCase(Locale.ROOT);
    if (local.length() > 64 || !LOCAL.matcher(local).matches() || !isDomain(domain)) {
      throw new InvalidValueException(CoreCodes.EMAIL_INVALID, text);
    }
    return new EmailAddress(local, domain);
  }

  private static boolean isDomain(String domain) {
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (!LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return !ALL_DIGITS.matcher(labels[labels.length - 1]).matches();
  }

  /**
   * Returns the part before the {@code @}, as written.
   *
   * @return the local part
   */
  public String getLocalPart() {
    return localPart;
  }

  /**
   * Returns the part after the {@code @}, lower-cased.
   *
   * @return the domain
   */
  public String getDomain() {
    return domain;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EmailAddress
        && ((EmailAddress) other).localPart.equals(localPart)
        && ((EmailAddress) other).domain.equals(domain);
  }

  @Override
  public int hashCode() {
    return 31 * localPart.hashCode() + domain.hashCode();
  }

  /**
   * Returns the canonical form {@code local@domain}, which {@link #parse(String)} reads back.
   *
   * @return the canonical form
   */
  @JsonValue
  @Override
  public String toString() {
    return localPart + "@" + domain;
  }
}
