/** Placeholder. */
package brussels.socialhealth.directory;
