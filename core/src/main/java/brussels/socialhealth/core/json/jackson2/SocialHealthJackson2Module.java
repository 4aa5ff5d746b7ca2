package brussels.socialhealth.core.json.jackson2;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * The library's Jackson 2 module, the twin of {@link brussels.socialhealth.core.json.SocialHealthModule},
 * discoverable by {@link java.util.ServiceLoader} ({@code ObjectMapper.findAndRegisterModules()}).
 */
public final class SocialHealthJackson2Module extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public SocialHealthJackson2Module() {
    super("brussels-socialhealth", Version.unknownVersion());
  }
}
