package brussels.socialhealth.territory;

import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.WebAddress;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A bassin d'aide et de soins / zorgzone: one of the five areas of 200,000 to 300,000 inhabitants the
 * Brussels social-health sector is organised in, with its support team, helpdesk and concertations.
 * Which communes a bassin holds is said by each {@link Commune}'s {@link BassinMembership}s and answered
 * by {@link Territory#communesOf(BassinCode)}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"code", "names", "websites", "contacts", "statedNeighbourhoodCount", "populations", "note",
    "sources"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableBassin.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableBassin.class)
public abstract class Bassin implements TerritorialUnit {

  /**
   * Returns the bassin's code.
   *
   * @return the code
   */
  public abstract BassinCode getCode();

  /**
   * Returns the names, for example Bassin Sud-Est / Zorgzone Zuid-Oost.
   *
   * @return the names
   */
  @Override
  public abstract LocalizedText getNames();

  /**
   * Returns the bassin's public websites (French site first, then a Dutch one where it exists).
   *
   * @return an immutable list
   */
  public abstract List<WebAddress> getWebsites();

  /**
   * Returns the bassin's public organisational contacts (helpdesk e-mail or phone) as published; none
   * was found in public sources when the data was compiled, so the embedded data leaves it empty.
   *
   * @return an immutable list, possibly empty
   */
  public abstract List<String> getContacts();

  /**
   * Returns the number of neighbourhood groupings the bassin's own site states; the five add up to 57,
   * not the 56 of the plan, so the library does not treat either figure as an invariant.
   *
   * @return the stated count, empty when not stated
   */
  public abstract Optional<Integer> getStatedNeighbourhoodCount();

  /**
   * Returns the populations published for the bassin, each with its year and source.
   *
   * @return an immutable list, possibly empty
   */
  public abstract List<Population> getPopulations();

  /**
   * Returns a remark on the bassin's facts.
   *
   * @return the note
   */
  public abstract Optional<String> getNote();

  @Override
  public abstract List<String> getSources();

  /**
   * Returns the published population of a year.
   *
   * @param year the year
   * @return the population, empty if none is published for that year
   */
  public Optional<Population> population(int year) {
    return getPopulations().stream().filter(p -> p.getYear() == year).findFirst();
  }

  @Override
  public TerritoryRef toRef() {
    return getCode().toRef();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableBassin.Builder builder() {
    return ImmutableBassin.builder();
  }
}
