/**
 * Jackson 2 helpers of the examples: the only examples package that may use
 * {@code com.fasterxml.jackson.databind}, as the layering test requires.
 *
 * <ul>
 *   <li>{@link brussels.socialhealth.examples.json.jackson2.ExampleJackson2}: pretty JSON with the
 *       library's strict Jackson 2 mapper.
 * </ul>
 */
@SocialHealthStyle
package brussels.socialhealth.examples.json.jackson2;

import brussels.socialhealth.core.SocialHealthStyle;
