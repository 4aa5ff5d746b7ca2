package brussels.socialhealth.territory;

import brussels.socialhealth.core.InvalidValueException;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Where a fact of the reference data comes from: a publication, a table or a web page, with its date.
 * Facts refer to their sources by {@linkplain #getId() id}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"id", "title", "urls", "date", "licence", "note"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSource.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableSource.class)
public abstract class Source {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.\\-]{0,63}");
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  /**
   * Returns the identifier facts use to cite this source, for example {@code statbel-population-2020}.
   *
   * @return lower-case letters, digits, dots and hyphens
   */
  public abstract String getId();

  /**
   * Returns a short description of the source.
   *
   * @return the title
   */
  public abstract String getTitle();

  /**
   * Returns the addresses where the source can be read, first the primary one.
   *
   * @return an immutable list, possibly empty
   */
  public abstract List<String> getUrls();

  /**
   * Returns the date of the source or of the facts it states: an ISO date, year-month or year
   * ({@code 2024-02-13}, {@code 2025}).
   *
   * @return the date, empty when the source does not give one
   */
  public abstract Optional<String> getDate();

  /**
   * Returns the licence the source is published under, when known.
   *
   * @return the licence
   */
  public abstract Optional<String> getLicence();

  /**
   * Returns a remark on the source (what it says, how it was checked).
   *
   * @return the note
   */
  public abstract Optional<String> getNote();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableSource.Builder builder() {
    return ImmutableSource.builder();
  }

  @Value.Check
  void check() {
    if (!ID.matcher(getId()).matches()) {
      throw new InvalidValueException(TerritoryCodes.SOURCE_INVALID, getId());
    }
    if (getDate().isPresent() && !DATE.matcher(getDate().get()).matches()) {
      throw new InvalidValueException(TerritoryCodes.SOURCE_INVALID, getDate().get());
    }
  }
}
