package brussels.socialhealth.directory;

/**
 * The stable error and violation codes of the {@code directory} module, each with a message in French,
 * Dutch and English in {@code brussels/socialhealth/directory/messages_*.properties} (a test checks it).
 * Codes never change once published. Also the limits and patterns shared by checks and annotations.
 */
public final class DirectoryCodes {
  private DirectoryCodes() {}

  /** The pattern of every entity id: lower case letters, digits, {@code . _ : -}, at most 64. */
  public static final String ID_PATTERN = "[a-z0-9][a-z0-9._:-]{0,63}";

  /** A code that is not lower-case letters, digits and hyphens, or not in a closed list. */
  public static final String CODE_INVALID = "directory.code.invalid";
  /** A code defined twice with different labels. */
  public static final String CODE_CONFLICT = "directory.code.conflict";
  /** A code read from data that no code list defines (warning). */
  public static final String CODE_UNDEFINED = "directory.code.undefined";
  /** An entity id that does not match {@link #ID_PATTERN}. */
  public static final String ID_INVALID = "directory.id.invalid";
  /** Two entities of a directory with the same id. */
  public static final String ID_DUPLICATE = "directory.id.duplicate";
  /** A reference to an id the directory does not hold, or holds with another type. */
  public static final String REFERENCE_UNKNOWN = "directory.reference.unknown";
  /** A link or membership from an actor to itself. */
  public static final String LINK_SELF = "directory.link.self";

  /** A service covering a territory outside its organisation's reach (warning). */
  public static final String SERVICE_OUTSIDE_REACH = "directory.service.outside-reach";
  /** A neighbourhood-level service that covers no neighbourhood grouping. */
  public static final String SERVICE_NO_GROUPING = "directory.service.no-grouping";
  /** A territory reference the territory registry does not know. */
  public static final String TERRITORY_UNKNOWN = "directory.territory.unknown";
  /** A site whose postal code does not belong to its commune. */
  public static final String SITE_POSTAL_CODE_MISMATCH = "directory.site.postal-code-mismatch";
  /** Two organisations with the same enterprise number (warning). */
  public static final String DUPLICATE_ENTERPRISE_NUMBER = "directory.duplicate.enterprise-number";
  /** Two organisations or sites with the same normalised name and address (warning). */
  public static final String DUPLICATE_NAME_ADDRESS = "directory.duplicate.name-address";
  /** A name without its Dutch version (warning). */
  public static final String NAME_DUTCH_MISSING = "directory.name.dutch-missing";

  /** Orientation: the service offers one of the themes asked for. */
  public static final String ORIENTATION_THEME = "directory.orientation.theme";
  /** Orientation: the service is open to the public asked for. */
  public static final String ORIENTATION_PUBLIC = "directory.orientation.public";
  /** Orientation: the service is open to everyone. */
  public static final String ORIENTATION_PUBLIC_ALL = "directory.orientation.public-all";
  /** Orientation: the service speaks one of the languages asked for. */
  public static final String ORIENTATION_LANGUAGE = "directory.orientation.language";
  /** Orientation: the service covers the place at a rung of the ladder. */
  public static final String ORIENTATION_COVERS = "directory.orientation.covers";
  /** Orientation: the service covers a part of the place (the place is coarser than its coverage). */
  public static final String ORIENTATION_COVERS_PART = "directory.orientation.covers-part";
  /** Orientation: the service has a site in the unit of that rung. */
  public static final String ORIENTATION_SITE = "directory.orientation.site";
  /** Orientation: an address located in one commune; {0} the address, {1} the commune, {2} its reference. */
  public static final String ORIENTATION_PLACE_FOUND = "directory.orientation.place-found";
  /** Orientation: an address that may lie in several communes; {0} the address, {1} the candidates. */
  public static final String ORIENTATION_PLACE_AMBIGUOUS = "directory.orientation.place-ambiguous";

  /** Label: the service offers generalist information and orientation to everyone. */
  public static final String LABEL_GENERALIST_MET = "directory.label.generalist.met";
  /** Label: the service is not generalist (theme or public). */
  public static final String LABEL_GENERALIST_NOT_MET = "directory.label.generalist.not-met";
  /** Label: the service declares no theme or no public. */
  public static final String LABEL_GENERALIST_UNKNOWN = "directory.label.generalist.unknown";
  /** Label: in person, phone and e-mail. */
  public static final String LABEL_CONTACT_MET = "directory.label.contact.met";
  /** Label: one of in person, phone, e-mail is missing. */
  public static final String LABEL_CONTACT_NOT_MET = "directory.label.contact.not-met";
  /** Label: no access mode declared. */
  public static final String LABEL_CONTACT_UNKNOWN = "directory.label.contact.unknown";
  /** Label: extended opening hours. */
  public static final String LABEL_HOURS_MET = "directory.label.hours.met";
  /** Label: opening hours not extended. */
  public static final String LABEL_HOURS_NOT_MET = "directory.label.hours.not-met";
  /** Label: no opening hours known. */
  public static final String LABEL_HOURS_UNKNOWN = "directory.label.hours.unknown";
  /** Label: free. */
  public static final String LABEL_FREE_MET = "directory.label.free.met";
  /** Label: not free. */
  public static final String LABEL_FREE_NOT_MET = "directory.label.free.not-met";
  /** Label: cost unknown. */
  public static final String LABEL_FREE_UNKNOWN = "directory.label.free.unknown";
  /** Label: takes part in the common network. */
  public static final String LABEL_NETWORK_MET = "directory.label.network.met";
  /** Label: declined to take part in the common network. */
  public static final String LABEL_NETWORK_NOT_MET = "directory.label.network.not-met";
  /** Label: no answer about the common network. */
  public static final String LABEL_NETWORK_UNKNOWN = "directory.label.network.unknown";
}
