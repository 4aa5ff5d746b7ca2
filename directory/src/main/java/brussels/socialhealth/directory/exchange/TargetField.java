package brussels.socialhealth.directory.exchange;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One field of an {@link ExchangeTarget} that a mapping can feed: its name (as written in mapping files),
 * its shape, whether it is required, the code list it draws from (for value maps), the model's own parser
 * that turns text into a value, and whether its values are confidential (left out of reports).
 *
 * <p>A value the parser refuses ({@link brussels.socialhealth.core.InvalidValueException}) is reported with
 * the parser's own code and message; by default it is then dropped from the field and kept as an extension
 * (a warning: nothing is lost), unless the field {@linkplain Builder#rejectInvalid() rejects invalid values}
 * or the mapping says {@code on-invalid: reject}. Immutable and thread-safe if the parser is.
 */
public final class TargetField {
  /** How many values a field takes and of what kind. */
  public enum Shape {
    /** One text value (parsed). */
    SINGLE,
    /** Several values, from several cells or a cell split on separators (each parsed). */
    MULTIPLE,
    /** A text in several languages, from one column per language or a split "Nom / Naam" column. */
    LOCALIZED
  }

  private final String name;
  private final Shape shape;
  private final boolean required;
  private final Set<String> codes;
  private final Function<String, ?> parser;
  private final boolean confidential;
  private final boolean rejectInvalid;
  private final String description;

  private TargetField(Builder builder) {
    this.name = builder.name;
    this.shape = builder.shape;
    this.required = builder.required;
    this.codes = Set.copyOf(builder.codes);
    this.parser = builder.parser;
    this.confidential = builder.confidential;
    this.rejectInvalid = builder.rejectInvalid;
    this.description = builder.description;
  }

  /**
   * Starts a field.
   *
   * @param name the field name as written in mapping files, for example {@code phones}; not null
   * @param shape the shape; not null
   * @return a builder
   */
  public static Builder builder(String name, Shape shape) {
    return new Builder(name, shape);
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  public String getName() {
    return name;
  }

  /**
   * Returns the shape.
   *
   * @return the shape
   */
  public Shape getShape() {
    return shape;
  }

  /**
   * Tells whether a record without a value for this field is rejected, and a mapping that cannot feed it
   * refused.
   *
   * @return true if required
   */
  public boolean isRequired() {
    return required;
  }

  /**
   * Returns the codes the field accepts, for value maps; empty for free values.
   *
   * @return an unmodifiable set of lower-case codes
   */
  public Set<String> getCodes() {
    return codes;
  }

  /**
   * Tells whether the field draws from a code list.
   *
   * @return true if it has codes
   */
  public boolean isCoded() {
    return !codes.isEmpty();
  }

  /**
   * Parses one text value with the model's parser.
   *
   * @param text the trimmed, non-empty text (after any value map)
   * @return the value
   * @throws brussels.socialhealth.core.InvalidValueException if the text is not a valid value
   */
  public Object parse(String text) {
    return parser.apply(text);
  }

  /**
   * Tells whether values are confidential: reports leave them out.
   *
   * @return true if confidential
   */
  public boolean isConfidential() {
    return confidential;
  }

  /**
   * Tells whether an invalid value rejects the record (rather than being dropped with a warning).
   *
   * @return true if invalid values reject
   */
  public boolean isRejectInvalid() {
    return rejectInvalid;
  }

  /**
   * Returns a one-line English description for documentation and error messages.
   *
   * @return the description, possibly empty
   */
  public Optional<String> getDescription() {
    return Optional.ofNullable(description);
  }

  @Override
  public String toString() {
    return "TargetField{" + name + ", " + shape + (required ? ", required" : "") + "}";
  }

  /** Builds a {@link TargetField}. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private final Shape shape;
    private boolean required;
    private final Set<String> codes = new LinkedHashSet<>();
    private Function<String, ?> parser = Function.identity();
    private boolean confidential;
    private boolean rejectInvalid;
    private String description;

    private Builder(String name, Shape shape) {
      this.name = requireNonNull(name, "name");
      this.shape = requireNonNull(shape, "shape");
    }

    /**
     * Makes the field required.
     *
     * @return this builder
     */
    public Builder required() {
      this.required = true;
      return this;
    }

    /**
     * Sets the code list.
     *
     * @param codes the lower-case codes; not null
     * @return this builder
     */
    public Builder codes(Collection<String> codes) {
      this.codes.addAll(codes);
      return this;
    }

    /**
     * Sets the parser (default: the text itself).
     *
     * @param parser turns text into a value or throws {@link brussels.socialhealth.core.InvalidValueException};
     *     not null
     * @return this builder
     */
    public Builder parser(Function<String, ?> parser) {
      this.parser = requireNonNull(parser, "parser");
      return this;
    }

    /**
     * Marks values as confidential.
     *
     * @return this builder
     */
    public Builder confidential() {
      this.confidential = true;
      return this;
    }

    /**
     * Makes invalid values reject the record.
     *
     * @return this builder
     */
    public Builder rejectInvalid() {
      this.rejectInvalid = true;
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description one English line; may be null
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Builds the field.
     *
     * @return the field
     */
    public TargetField build() {
      return new TargetField(this);
    }
  }
}
