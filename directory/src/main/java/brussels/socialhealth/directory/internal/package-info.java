/**
 * Helpers of the {@code directory} module that are not API: the registries behind the extensible code
 * lists, checks of identifiers, name normalisation for comparisons and rendering of messages whose
 * arguments are trilingual. May change without notice.
 */
package brussels.socialhealth.directory.internal;
