package brussels.socialhealth.directory.internal;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.directory.Code;
import brussels.socialhealth.directory.DirectoryCodes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The registry behind one code list: built-in and user-defined entries by code. Thread-safe.
 *
 * @param <T> the entry type
 */
public final class CodeRegistry<T extends Code> {
  /** The pattern of every code: lower-case letters, digits and hyphens, at most 64 characters. */
  public static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  /** Creates entries. */
  @FunctionalInterface
  public interface Factory<T> {
    /**
     * Creates an entry.
     *
     * @param code the code
     * @param label the label
     * @param defined whether defined
     * @return the entry
     */
    T create(String code, LocalizedText label, boolean defined);
  }

  private final String list;
  private final Factory<T> factory;
  private final Map<String, T> entries = new ConcurrentHashMap<>();
  private final List<T> order = Collections.synchronizedList(new ArrayList<>());

  /**
   * Creates a registry.
   *
   * @param list the list name used in messages, for example {@code theme}
   * @param factory creates entries
   */
  public CodeRegistry(String list, Factory<T> factory) {
    this.list = list;
    this.factory = factory;
  }

  /**
   * Defines an entry, or returns the existing one if the code is defined with the same label.
   *
   * @param code the code
   * @param label the label
   * @return the entry
   * @throws InvalidValueException when the code is malformed or already defined with another label
   */
  public synchronized T define(String code, LocalizedText label) {
    Objects.requireNonNull(label, "label");
    String canonical = canonical(code);
    T existing = entries.get(canonical);
    if (existing != null) {
      if (!existing.getLabel().equals(label)) {
        throw new InvalidValueException(DirectoryCodes.CODE_CONFLICT, canonical, list);
      }
      return existing;
    }
    T created = factory.create(canonical, label, true);
    entries.put(canonical, created);
    order.add(created);
    return created;
  }

  /**
   * Returns the entry of a code: the defined one, or an undefined entry labelled with the code.
   *
   * @param code the code, case and surrounding spaces ignored
   * @return the entry
   * @throws InvalidValueException {@link DirectoryCodes#CODE_INVALID} when malformed
   */
  public T parse(String code) {
    String canonical = canonical(code);
    T existing = entries.get(canonical);
    return existing != null ? existing
        : factory.create(canonical, LocalizedText.of(Language.FR, canonical)
            .with(Language.NL, canonical).with(Language.EN, canonical), false);
  }

  /**
   * Returns the defined entries in definition order.
   *
   * @return an immutable snapshot
   */
  public List<T> values() {
    synchronized (order) {
      return List.copyOf(order);
    }
  }

  /**
   * Normalises a stripped code the way every code of the directory is read: lower case, {@code _} read
   * as {@code -}. Shared by the code lists and the directory's closed enums.
   *
   * @param stripped the code without surrounding blanks; not null
   * @return the normalised code
   */
  public static String normalise(String stripped) {
    return stripped.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private String canonical(String code) {
    String canonical = code == null ? "" : normalise(code.strip());
    if (!CODE.matcher(canonical).matches()) {
      throw new InvalidValueException(DirectoryCodes.CODE_INVALID, code, list);
    }
    return canonical;
  }
}
