package brussels.socialhealth.core.json;

import brussels.socialhealth.core.SocialHealthStyle;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A test-only document that exercises every wire-format rule of docs/json-format.md. */
@Value.Immutable
@SocialHealthStyle
@JsonPropertyOrder({"schemaVersion", "name", "free", "kind", "note", "count", "tags", "labels", "date", "time",
    "localDateTime", "offsetDateTime", "zonedDateTime", "instant", "duration", "latitude", "amount"})
@JsonDeserialize(as = ImmutableWireSample.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableWireSample.class)
public abstract class WireSample {
  /** A test enum travelling as a lower-case code. */
  public enum Kind {
    MEDICAL_HOUSE("medical-house"), HOME_CARE("home-care");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    @JsonValue
    public String code() {
      return code;
    }

    @JsonCreator
    public static Kind parse(String code) {
      for (Kind kind : values()) {
        if (kind.code.equals(code.toLowerCase(Locale.ROOT))) {
          return kind;
        }
      }
      throw new IllegalArgumentException(code);
    }
  }

  public abstract int getSchemaVersion();

  public abstract String getName();

  public abstract boolean isFree();

  public abstract Kind getKind();

  public abstract Optional<String> getNote();

  public abstract Optional<Integer> getCount();

  public abstract List<String> getTags();

  public abstract Map<String, String> getLabels();

  public abstract LocalDate getDate();

  public abstract LocalTime getTime();

  public abstract LocalDateTime getLocalDateTime();

  public abstract OffsetDateTime getOffsetDateTime();

  public abstract ZonedDateTime getZonedDateTime();

  public abstract Instant getInstant();

  public abstract Duration getDuration();

  public abstract double getLatitude();

  public abstract BigDecimal getAmount();
}
