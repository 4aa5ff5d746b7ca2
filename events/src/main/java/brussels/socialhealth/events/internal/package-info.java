/**
 * Helpers of the {@code events} module that are not API: shared consistency checks, code-list parsing
 * and CSV quoting. May change without notice.
 */
@SocialHealthStyle
package brussels.socialhealth.events.internal;

import brussels.socialhealth.core.SocialHealthStyle;
