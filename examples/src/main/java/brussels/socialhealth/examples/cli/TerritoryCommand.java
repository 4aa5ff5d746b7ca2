package brussels.socialhealth.examples.cli;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.examples.ExamplesCodes;
import brussels.socialhealth.examples.json.ExampleJson;
import brussels.socialhealth.territory.AnswerStatus;
import brussels.socialhealth.territory.BassinAnswer;
import brussels.socialhealth.territory.BassinCode;
import brussels.socialhealth.territory.Commune;
import brussels.socialhealth.territory.Confidence;
import brussels.socialhealth.territory.Population;
import brussels.socialhealth.territory.PostalCodeArea;
import brussels.socialhealth.territory.StatisticalSector;
import brussels.socialhealth.territory.TerritorialUnit;
import brussels.socialhealth.territory.Territory;
import brussels.socialhealth.territory.TerritoryRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code socialhealth territory <query>}: looks a place up in the embedded Brussels territory and says
 * which bassin serves it. The query is a postal code ({@code 1040}), a postal code and a municipality
 * ({@code "1040 Etterbeek"}), a NIS code ({@code 21005}), a statistical sector code ({@code 21015A77K}), a
 * reference ({@code commune:21005}, {@code bassin:SUD_EST}, {@code district:87}) or a name in French or
 * Dutch ({@code St-Gilles}, {@code Sint-Joost}, {@code Laeken}). The answer is printed in the chosen
 * language, or as JSON with {@code --json}; an ambiguous or unknown answer is said so, never guessed.
 *
 * <p>Mutable (picocli sets the options); one instance per run.
 */
@Command(
    name = "territory",
    mixinStandardHelpOptions = true,
    versionProvider = SocialHealthCli.Version.class,
    description = {
      "Looks a place up in the Brussels territory and says which bassin serves it.",
      "<query> is a postal code (1040), a postal code and municipality (\"1040 Etterbeek\"), a NIS code",
      "(21005), a statistical sector (21015A77K), a reference (commune:21005, bassin:SUD_EST,",
      "district:87, sub-municipality:21004E) or a name in French or Dutch (St-Gilles, Sint-Joost)."
    })
public final class TerritoryCommand extends SocialHealthCommand {
  private static final String INDENT = "   ";
  private static final int MAX_UNITS = 12;
  private static final Pattern POSTAL_CODE = Pattern.compile("\\d{4}");
  private static final Pattern NIS_CODE = Pattern.compile("\\d{5}");
  private static final Pattern ADDRESS = Pattern.compile("(\\d{4})[\\s,]+(.+)");

  @Parameters(arity = "1..*", paramLabel = "<query>", description = "What to look up (several words are joined).")
  List<String> words = new ArrayList<>();

  @Option(names = "--json", description = "Print the answer as JSON instead of text.")
  boolean json;

  /** Creates the command; picocli calls this. */
  public TerritoryCommand() {}

  /** What a query turned into: the units it names and the bassin answer. */
  static final class Lookup {
    final String query;
    final String kind;
    final List<TerritoryRef> units;
    final BassinAnswer answer;

    Lookup(String query, String kind, List<TerritoryRef> units, BassinAnswer answer) {
      this.query = query;
      this.kind = kind;
      this.units = units;
      this.answer = answer;
    }
  }

  /**
   * Interprets a query against a territory.
   *
   * @param territory the territory; not null
   * @param query the query; not null
   * @return the lookup
   * @throws brussels.socialhealth.core.InvalidValueException for a malformed reference ({@code commune:})
   */
  static Lookup lookup(Territory territory, String query) {
    String text = query.strip();
    Matcher address = ADDRESS.matcher(text);
    if (text.indexOf(':') > 0) {
      TerritoryRef ref = TerritoryRef.parse(text);
      List<TerritoryRef> units = territory.resolve(ref).map(u -> List.of(u.toRef())).orElse(List.of());
      return new Lookup(text, "reference", units, territory.bassinFor(ref));
    }
    if (POSTAL_CODE.matcher(text).matches()) {
      List<TerritoryRef> units = territory.communesByPostalCode(text).stream().map(Commune::toRef)
          .collect(Collectors.toList());
      territory.postalCode(text).flatMap(PostalCodeArea::getSubMunicipality)
          .flatMap(territory::subMunicipality).ifPresent(s -> units.add(s.toRef()));
      return new Lookup(text, "postal-code", units, territory.bassinForPostalCode(text));
    }
    if (address.matches()) {
      String municipality = address.group(2);
      List<TerritoryRef> units = territory.communesNamed(municipality).stream().map(Commune::toRef)
          .collect(Collectors.toList());
      return new Lookup(text, "address", units, territory.bassinForAddress(address.group(1), municipality));
    }
    if (NIS_CODE.matcher(text).matches()) {
      TerritoryRef ref = TerritoryRef.commune(text);
      List<TerritoryRef> units = territory.resolve(ref).map(u -> List.of(u.toRef())).orElse(List.of());
      return new Lookup(text, "nis-code", units, territory.bassinForCommune(text));
    }
    String upper = text.toUpperCase(Locale.ROOT);
    if (StatisticalSector.CODE.matcher(upper).matches()) {
      List<TerritoryRef> units = territory.sector(upper).map(s -> List.of(s.toRef())).orElse(List.of());
      return new Lookup(text, "sector", units, territory.bassinForSector(upper));
    }
    List<TerritoryRef> units = territory.findByName(text).stream().map(TerritorialUnit::toRef)
        .collect(Collectors.toList());
    return new Lookup(text, "name", units, territory.bassinForName(text));
  }

  @Override
  public Integer call() {
    Territory territory = Territory.embedded();
    Lookup lookup = lookup(territory, String.join(" ", words));
    if (json) {
      out().println(ExampleJson.pretty(toJson(territory, lookup)));
    } else {
      printText(territory, lookup);
    }
    out().flush();
    return ExitCodes.OK;
  }

  private Map<String, Object> toJson(Territory territory, Lookup lookup) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("query", lookup.query);
    result.put("kind", lookup.kind);
    List<Map<String, Object>> units = new ArrayList<>();
    for (TerritoryRef ref : lookup.units) {
      TerritorialUnit unit = territory.resolve(ref).orElseThrow();
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("ref", ref);
      entry.put("level", ref.getLevel());
      entry.put("names", unit.getNames());
      units.add(entry);
    }
    result.put("units", units);
    result.put("answer", lookup.answer);
    result.put("dataVersion", territory.version());
    return result;
  }

  private void printText(Territory territory, Lookup lookup) {
    Language language = language();
    println(ExamplesCodes.TERRITORY_QUERY, lookup.query);
    if (lookup.units.isEmpty()) {
      out().println(INDENT + message(ExamplesCodes.TERRITORY_NO_UNIT));
    }
    for (TerritoryRef ref : lookup.units.subList(0, Math.min(MAX_UNITS, lookup.units.size()))) {
      TerritorialUnit unit = territory.resolve(ref).orElseThrow();
      out().println(INDENT + message(ExamplesCodes.TERRITORY_UNIT, unit.getNames().get(language),
          ref.getLevel().label().get(language), ref));
      if (unit instanceof Commune) {
        Commune commune = (Commune) unit;
        out().println(INDENT + INDENT + message(ExamplesCodes.TERRITORY_NAMES, names(commune.getNames())));
        out().println(INDENT + INDENT + message(ExamplesCodes.TERRITORY_POSTAL_CODES,
            String.join(", ", commune.getPostalCodes())));
        commune.getPopulations().stream().reduce((a, b) -> b).ifPresent(p -> printPopulation(territory, p));
      }
    }
    if (lookup.units.size() > MAX_UNITS) {
      out().println(INDENT + message(ExamplesCodes.TERRITORY_MORE, lookup.units.size() - MAX_UNITS));
    }
    BassinAnswer answer = lookup.answer;
    if (answer.getStatus() == AnswerStatus.FOUND) {
      println(ExamplesCodes.TERRITORY_BASSIN_FOUND, bassinName(territory, answer.getBassin().get()),
          confidence(answer.getConfidence().get()));
    } else if (answer.getStatus() == AnswerStatus.AMBIGUOUS) {
      println(ExamplesCodes.TERRITORY_BASSIN_AMBIGUOUS, answer.getCandidates().stream()
          .map(b -> bassinName(territory, b)).collect(Collectors.joining(", ")));
    } else {
      println(ExamplesCodes.TERRITORY_BASSIN_UNKNOWN);
    }
    out().println(INDENT + message(ExamplesCodes.TERRITORY_REASON, answer.getReason(),
        answer.getMessage().get(language)));
  }

  private void printPopulation(Territory territory, Population population) {
    String source = territory.source(population.getSource()).map(s -> s.getTitle()).orElse(population.getSource());
    out().println(INDENT + INDENT + message(ExamplesCodes.TERRITORY_POPULATION,
        String.format(Locale.ROOT, "%,d", population.getCount()).replace(',', ' '), population.getYear(), source));
  }

  private static String names(LocalizedText names) {
    return names.getValues().values().stream().distinct().collect(Collectors.joining(" / "));
  }

  private String bassinName(Territory territory, BassinCode code) {
    return territory.bassin(code).getNames().get(language());
  }

  private String confidence(Confidence confidence) {
    switch (confidence) {
      case HIGH:
        return message(ExamplesCodes.TERRITORY_CONFIDENCE_HIGH);
      case MEDIUM:
        return message(ExamplesCodes.TERRITORY_CONFIDENCE_MEDIUM);
      default:
        return message(ExamplesCodes.TERRITORY_CONFIDENCE_LOW);
    }
  }
}
