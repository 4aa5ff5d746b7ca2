/**
 * Jackson 2 support, byte-compatible with the Jackson 3 configuration: {@link
 * brussels.socialhealth.core.json.jackson2.SocialHealthJackson2} (mappers),
 * {@link brussels.socialhealth.core.json.jackson2.SocialHealthJackson2Module} (the module found by
 * {@code ServiceLoader}) and {@link brussels.socialhealth.core.json.jackson2.Jackson2DocumentReader} (safe
 * reading of untrusted input, throwing the same {@link brussels.socialhealth.core.json.JsonInputException}
 * with the same codes as the Jackson 3 reader). Needs Jackson 2 on the classpath.
 */
@SocialHealthStyle
package brussels.socialhealth.core.json.jackson2;

import brussels.socialhealth.core.SocialHealthStyle;
