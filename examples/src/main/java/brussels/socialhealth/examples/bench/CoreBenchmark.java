package brussels.socialhealth.examples.bench;

import brussels.socialhealth.core.EnterpriseNumber;
import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.OpeningHours;
import brussels.socialhealth.core.PhoneNumber;
import brussels.socialhealth.core.validation.ModelValidator;
import brussels.socialhealth.core.validation.ValidationReport;
import brussels.socialhealth.examples.demo.SampleData;
import brussels.socialhealth.examples.demo.SampleService;
import brussels.socialhealth.examples.json.ExampleJson;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmarks of the core kernel on the demo's fictional values: what a directory import pays per value
 * (text, phone and enterprise numbers, opening hours, validation, JSON).
 * Average time per operation, in nanoseconds.
 *
 * <p>JMH creates one instance per thread; not for direct use.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CoreBenchmark {
  private ModelValidator validator;
  private LocalizedText homeHelpName;
  private SampleService complete;
  private SampleService missingDutch;
  private String json;
  private OpeningHours openingHours;
  private Instant moment;

  /** Creates the state; JMH calls this. */
  public CoreBenchmark() {}

  /** Builds the validator (once, as applications do) and the values. */
  @Setup
  public void setUp() {
    validator = ModelValidator.create();
    homeHelpName = SampleData.HOME_HELP_NAME;
    complete = SampleData.HEALTH_CENTRE;
    missingDutch = SampleData.HOME_HELP;
    json = ExampleJson.compact(complete);
    openingHours = OpeningHours.parse(SampleData.OPENING_HOURS_TEXT);
    moment = SampleData.REFERENCE_MOMENT.toInstant();
  }

  /**
   * Asks a text for a language it lacks (Dutch falls back to French).
   *
   * @return the text found
   */
  @Benchmark
  public String localizedTextFallback() {
    return homeHelpName.get(Language.NL);
  }

  /**
   * Builds a French and Dutch text (the Immutables check runs).
   *
   * @return the text
   */
  @Benchmark
  public LocalizedText localizedTextOf() {
    return LocalizedText.of("Maison médicale des Tilleuls", "Wijkgezondheidscentrum De Linden");
  }

  /**
   * Parses a Brussels phone number in the slash-and-dots notation (libphonenumber underneath).
   *
   * @return the number
   */
  @Benchmark
  public PhoneNumber parsePhoneNumber() {
    return PhoneNumber.parse("02/555.01.23");
  }

  /**
   * Parses an enterprise number in the VAT notation with spaces (mod-97 check).
   *
   * @return the number
   */
  @Benchmark
  public EnterpriseNumber parseEnterpriseNumber() {
    return EnterpriseNumber.parse("BE 0123 456 749");
  }

  /**
   * Parses a weekly schedule with a lunch break, Saturday morning and public holidays.
   *
   * @return the opening hours
   */
  @Benchmark
  public OpeningHours parseOpeningHours() {
    return OpeningHours.parse(SampleData.OPENING_HOURS_TEXT);
  }

  /**
   * Asks "is it open at this moment?" (time-zone conversion and public-holiday look-up included).
   *
   * @return whether the service is open
   */
  @Benchmark
  public boolean isOpenAt() {
    return openingHours.isOpenAt(moment);
  }

  /**
   * Validates a service whose official name is complete.
   *
   * @return the (valid) report
   */
  @Benchmark
  public ValidationReport validateValid() {
    return validator.validate(complete);
  }

  /**
   * Validates a service whose official name lacks Dutch: one violation, rendered in three languages.
   *
   * @return the report with one error
   */
  @Benchmark
  public ValidationReport validateMissingDutch() {
    return validator.validate(missingDutch);
  }

  /**
   * Writes a service as JSON with the strict Jackson 3 mapper.
   *
   * @return the JSON text
   */
  @Benchmark
  public String writeJson() {
    return ExampleJson.compact(complete);
  }

  /**
   * Reads a service from JSON with the strict Jackson 3 mapper.
   *
   * @return the service
   */
  @Benchmark
  public SampleService readJson() {
    return ExampleJson.read(json, SampleService.class);
  }
}
