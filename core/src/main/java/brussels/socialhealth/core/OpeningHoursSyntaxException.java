package brussels.socialhealth.core;

/**
 * Thrown by {@link OpeningHours#parse(String)} and {@link TimeRange#parse(String)} when the text is not in
 * the supported subset of the OpenStreetMap {@code opening_hours} syntax. Besides the stable code and the
 * whole input it carries the {@linkplain #getPosition() character index} of the fault and the
 * {@linkplain #getToken() offending token}; the messages (French, Dutch, English) name both.
 */
public class OpeningHoursSyntaxException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /** The zero-based character index of the fault in the text. */
  private final int position;
  /** The offending token. */
  private final String token;

  /**
   * Creates the exception.
   *
   * @param code a {@code core.opening-hours.*} code; not null
   * @param input the whole text being parsed
   * @param position the zero-based character index of the fault
   * @param token the offending token, or {@code "end of input"} (in the code's English message) at the end
   */
  public OpeningHoursSyntaxException(String code, String input, int position, String token) {
    super(code, input, position, token);
    this.position = position;
    this.token = token;
  }

  /**
   * Returns the zero-based character index in the input where the fault starts.
   *
   * @return the position, 0 to the length of the input
   */
  public int getPosition() {
    return position;
  }

  /**
   * Returns the offending token as found in the input; empty at the end of the input.
   *
   * @return the token
   */
  public String getToken() {
    return token;
  }
}
