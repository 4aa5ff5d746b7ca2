/**
 * Jackson 3 helpers of the examples: the only examples package (with {@code json.jackson2}) that may
 * use {@code tools.jackson.databind}, as the layering test requires.
 *
 * <ul>
 *   <li>{@link brussels.socialhealth.examples.json.ExampleJson}: pretty or compact JSON and read-back with the
 *       library's strict Jackson 3 mapper.
 * </ul>
 */
@SocialHealthStyle
package brussels.socialhealth.examples.json;

import brussels.socialhealth.core.SocialHealthStyle;
