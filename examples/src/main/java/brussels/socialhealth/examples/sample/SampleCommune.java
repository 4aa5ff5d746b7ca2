package brussels.socialhealth.examples.sample;

import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.territory.TerritoryRef;
import java.util.List;

/**
 * A real Brussels commune as the sample generators need it: NIS code, main postal code, names and the
 * bassin that serves it (the main one for Bruxelles-Ville). Immutable and thread-safe.
 */
public final class SampleCommune {
  /** The four communes of the bassin Sud-Est. */
  public static final List<SampleCommune> SUD_EST = List.of(
      new SampleCommune("21002", "1160", "Auderghem", "Oudergem", "SUD_EST"),
      new SampleCommune("21005", "1040", "Etterbeek", "Etterbeek", "SUD_EST"),
      new SampleCommune("21018", "1200", "Woluwe-Saint-Lambert", "Sint-Lambrechts-Woluwe", "SUD_EST"),
      new SampleCommune("21019", "1150", "Woluwe-Saint-Pierre", "Sint-Pieters-Woluwe", "SUD_EST"));

  /** The nineteen communes of the Region (Statbel NIS codes, bpost postal codes). */
  public static final List<SampleCommune> REGION = List.of(
      new SampleCommune("21001", "1070", "Anderlecht", "Anderlecht", "CENTRE_OUEST"),
      SUD_EST.get(0),
      new SampleCommune("21003", "1082", "Berchem-Sainte-Agathe", "Sint-Agatha-Berchem", "NORD"),
      new SampleCommune("21004", "1000", "Bruxelles", "Brussel", "CENTRE_OUEST"),
      SUD_EST.get(1),
      new SampleCommune("21006", "1140", "Evere", "Evere", "NORD_EST"),
      new SampleCommune("21007", "1190", "Forest", "Vorst", "SUD"),
      new SampleCommune("21008", "1083", "Ganshoren", "Ganshoren", "NORD"),
      new SampleCommune("21009", "1050", "Ixelles", "Elsene", "SUD"),
      new SampleCommune("21010", "1090", "Jette", "Jette", "NORD"),
      new SampleCommune("21011", "1081", "Koekelberg", "Koekelberg", "NORD"),
      new SampleCommune("21012", "1080", "Molenbeek-Saint-Jean", "Sint-Jans-Molenbeek", "CENTRE_OUEST"),
      new SampleCommune("21013", "1060", "Saint-Gilles", "Sint-Gillis", "SUD"),
      new SampleCommune("21014", "1210", "Saint-Josse-ten-Noode", "Sint-Joost-ten-Node", "NORD_EST"),
      new SampleCommune("21015", "1030", "Schaerbeek", "Schaarbeek", "NORD_EST"),
      new SampleCommune("21016", "1180", "Uccle", "Ukkel", "SUD"),
      new SampleCommune("21017", "1170", "Watermael-Boitsfort", "Watermaal-Bosvoorde", "SUD"),
      SUD_EST.get(2),
      SUD_EST.get(3));

  private final String nisCode;
  private final String postalCode;
  private final LocalizedText names;
  private final String bassin;

  private SampleCommune(String nisCode, String postalCode, String french, String dutch, String bassin) {
    this.nisCode = nisCode;
    this.postalCode = postalCode;
    this.names = LocalizedText.of(french, dutch);
    this.bassin = bassin;
  }

  /**
   * Returns the NIS code.
   *
   * @return the five-digit code
   */
  public String nisCode() {
    return nisCode;
  }

  /**
   * Returns the main postal code.
   *
   * @return the four-digit code
   */
  public String postalCode() {
    return postalCode;
  }

  /**
   * Returns the names in French and Dutch.
   *
   * @return the names
   */
  public LocalizedText names() {
    return names;
  }

  /**
   * Returns the commune reference.
   *
   * @return {@code commune:<nis>}
   */
  public TerritoryRef ref() {
    return TerritoryRef.commune(nisCode);
  }

  /**
   * Returns the bassin reference.
   *
   * @return {@code bassin:<code>}
   */
  public TerritoryRef bassin() {
    return TerritoryRef.bassin(bassin);
  }

  /**
   * Returns a short lower-case slug of the French name, for ids.
   *
   * @return the slug, for example {@code woluwe-saint-lambert}
   */
  public String slug() {
    return java.text.Normalizer.normalize(names.get(brussels.socialhealth.core.Language.FR), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }
}
