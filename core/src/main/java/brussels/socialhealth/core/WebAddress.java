package brussels.socialhealth.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The address of a web page, {@code http} or {@code https} only, absolute and with a host.
 *
 * <p>Partners often publish sites without a scheme ({@code www.example.be}): when the text contains no
 * {@code ://}, {@link #parse(String)} adds {@code https://} in front of it. Any other scheme
 * ({@code ftp:}, {@code mailto:}, {@code javascript:}) is rejected, as are addresses with user
 * information ({@code user:password@}) and text that is not a valid URI (blanks inside, for example).
 *
 * <p>The canonical string lower-cases the scheme and the host and keeps the rest (port, path, query,
 * fragment) as written; an empty path stays empty. {@link #toString()} returns it, {@link #parse(String)}
 * reads it back to an equal value, and it is the JSON form. Immutable and thread-safe.
 */
public final class WebAddress {
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");

  private final String canonical;

  private WebAddress(String canonical) {
    this.canonical = canonical;
  }

  /**
   * Parses a web address, adding {@code https://} when the text has no scheme.
   *
   * @param text the address, for example {@code "https://www.example.be/fr/contact"} or
   *     {@code "www.example.be"}; null is rejected
   * @return the address
   * @throws InvalidValueException {@link CoreCodes#WEB_ADDRESS_SCHEME} for a scheme other than http and
   *     https; {@link CoreCodes#WEB_ADDRESS_INVALID} for anything else that is not an absolute address
   *     with a host
   */
  @JsonCreator
  public static WebAddress parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidValueException(CoreCodes.WEB_ADDRESS_INVALID, text);
    }
    String candidate = text.strip();
    if (!candidate.contains("://")) {
      if (hasOtherScheme(candidate)) {
        throw new InvalidValueException(CoreCodes.WEB_ADDRESS_SCHEME, text);
      }
      candidate = "https://" + candidate;
    }
    URI uri;
    try {
      uri = new URI(candidate);
    } catch (URISyntaxException e) {
      throw new InvalidValueException(CoreCodes.WEB_ADDRESS_INVALID, text, e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new InvalidValueException(CoreCodes.WEB_ADDRESS_SCHEME, text);
    }
    if (uri.getHost() == null || uri.getHost().isEmpty() || uri.getRawUserInfo() != null) {
      throw new InvalidValueException(CoreCodes.WEB_ADDRESS_INVALID, text);
    }
    StringBuilder canonical = new StringBuilder(scheme).append("://")
        .append(uri.getHost().toLowerCase(Locale.ROOT));
    if (uri.getPort() != -1) {
      canonical.append(':').append(uri.getPort());
    }
    canonical.append(uri.getRawPath() == null ? "" : uri.getRawPath());
    if (uri.getRawQuery() != null) {
      canonical.append('?').append(uri.getRawQuery());
    }
    if (uri.getRawFragment() != null) {
      canonical.append('#').append(uri.getRawFragment());
    }
    return new WebAddress(canonical.toString());
  }

  /**
   * Tells whether a text without {@code ://} starts with a scheme ({@code mailto:}, {@code javascript:},
   * {@code tel:}) rather than a host, a host with a port ({@code example.be:8080}) or a path holding a colon.
   */
  private static boolean hasOtherScheme(String candidate) {
    int colon = candidate.indexOf(':');
    int slash = candidate.indexOf('/');
    if (colon <= 0 || (slash >= 0 && slash < colon)) {
      return false;
    }
    boolean port = candidate.substring(colon + 1).matches("[0-9]+([/?#].*)?");
    return SCHEME.matcher(candidate.substring(0, colon)).matches() && !port;
  }

  /**
   * Returns the address as a {@link URI}.
   *
   * @return the URI
   */
  public URI toUri() {
    return URI.create(canonical);
  }

  /**
   * Returns the host, lower-cased, for example {@code "www.example.be"}.
   *
   * @return the host
   */
  public String getHost() {
    return toUri().getHost();
  }

  /**
   * Tells whether the address uses {@code https}.
   *
   * @return true for https
   */
  public boolean isSecure() {
    return canonical.startsWith("https:");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WebAddress && ((WebAddress) other).canonical.equals(canonical);
  }

  @Override
  public int hashCode() {
    return canonical.hashCode();
  }

  /**
   * Returns the canonical form, which {@link #parse(String)} reads back.
   *
   * @return the canonical form, for example {@code "https://www.example.be/fr/contact"}
   */
  @JsonValue
  @Override
  public String toString() {
    return canonical;
  }
}
