package brussels.socialhealth.directory;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * What a person needs, as a professional describes it to orient them: themes, the public they belong
 * to, the languages they speak. Describes a situation, never a person. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"themes", "publics", "languages"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableNeed.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableNeed.class)
public abstract class Need {

  /**
   * Returns the themes; a service must offer at least one (empty: any theme).
   *
   * @return an immutable set
   */
  @Value.NaturalOrder
  public abstract SortedSet<Theme> getThemes();

  /**
   * Returns the publics the person belongs to; a service must serve one of them or everyone.
   *
   * @return an immutable set
   */
  @Value.NaturalOrder
  public abstract SortedSet<TargetPublic> getPublics();

  /**
   * Returns the languages the person speaks; a service must speak one of them (empty: any).
   *
   * @return an immutable set
   */
  @Value.NaturalOrder
  public abstract SortedSet<SpokenLanguage> getLanguages();

  /**
   * Creates a need for some themes, any public, any language.
   *
   * @param themes the themes
   * @return the need
   */
  public static Need of(Theme... themes) {
    return builder().addThemes(themes).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableNeed.Builder builder() {
    return ImmutableNeed.builder();
  }

  /**
   * Returns the search query this need amounts to.
   *
   * @return the query
   */
  public ServiceQuery toQuery() {
    return ServiceQuery.builder().themes(getThemes()).publics(getPublics()).languages(getLanguages()).build();
  }
}
